package ringcentral

import (
	"context"
	"net/http"

	"github.com/antihax/optional"
)

// CallLogApiService has all 13 methods of the real one, so that tests can
// cover a whole service.
type CallLogApiService service

// DeleteAccountCallLogOpts are the optional parameters of DeleteAccountCallLog.
type DeleteAccountCallLogOpts struct {
	DateTo optional.String
}

// DeleteAccountCallLog requests DELETE /restapi/v1.0/account/{accountId}/call-log.
func (a *CallLogApiService) DeleteAccountCallLog(ctx context.Context, accountId string, localVarOptionals *DeleteAccountCallLogOpts) (*http.Response, error) {
	return nil, nil
}

// DeleteAccountCallLogRecord requests DELETE /restapi/v1.0/account/{accountId}/call-log/{callRecordId}.
func (a *CallLogApiService) DeleteAccountCallLogRecord(ctx context.Context, accountId string, callRecordId int32) (*http.Response, error) {
	return nil, nil
}

// DeleteExtensionCallLogOpts are the optional parameters of DeleteExtensionCallLog.
type DeleteExtensionCallLogOpts struct {
	DateTo          optional.String
	PhoneNumber     optional.String
	ExtensionNumber optional.String
	Type_           optional.Interface
	Direction       optional.Interface
	DateFrom        optional.Time
}

// DeleteExtensionCallLog requests DELETE /restapi/v1.0/account/{accountId}/extension/{extensionId}/call-log.
func (a *CallLogApiService) DeleteExtensionCallLog(ctx context.Context, accountId string, extensionId string, localVarOptionals *DeleteExtensionCallLogOpts) (*http.Response, error) {
	return nil, nil
}

// GetCallRecordsOpts are the optional parameters of GetCallRecords.
type GetCallRecordsOpts struct {
	View optional.String
}

// GetCallRecords requests GET /restapi/v1.0/account/{accountId}/extension/{extensionId}/call-log/{callRecordId}.
func (a *CallLogApiService) GetCallRecords(ctx context.Context, callRecordId []string, extensionId string, accountId string, localVarOptionals *GetCallRecordsOpts) (UserCallLogRecord, *http.Response, error) {
	return UserCallLogRecord{}, nil, nil
}

// ListCallRecordingData requests GET /restapi/v1.0/account/{accountId}/recording/{recordingId}/content.
func (a *CallLogApiService) ListCallRecordingData(ctx context.Context, accountId string, recordingId string) (Binary, *http.Response, error) {
	return Binary{}, nil, nil
}

// ListCallRecordings requests GET /restapi/v1.0/account/{accountId}/recording/{recordingId}.
func (a *CallLogApiService) ListCallRecordings(ctx context.Context, accountId string, recordingId string) (GetCallRecordingResponse, *http.Response, error) {
	return GetCallRecordingResponse{}, nil, nil
}

// ListCompanyActiveCallsOpts are the optional parameters of ListCompanyActiveCalls.
type ListCompanyActiveCallsOpts struct {
	Direction optional.Interface
	Type_     optional.Interface
	Transport optional.Interface
	Page      optional.Int32
	PerPage   optional.Int32
}

// ListCompanyActiveCalls requests GET /restapi/v1.0/account/{accountId}/active-calls.
func (a *CallLogApiService) ListCompanyActiveCalls(ctx context.Context, accountId string, localVarOptionals *ListCompanyActiveCallsOpts) (ExtensionActiveCallsResponse, *http.Response, error) {
	return ExtensionActiveCallsResponse{}, nil, nil
}

// ListExtensionActiveCallsOpts are the optional parameters of ListExtensionActiveCalls.
type ListExtensionActiveCallsOpts struct {
	Direction optional.Interface
	Type_     optional.Interface
	Page      optional.Int32
	PerPage   optional.Int32
}

// ListExtensionActiveCalls requests GET /restapi/v1.0/account/{accountId}/extension/{extensionId}/active-calls.
func (a *CallLogApiService) ListExtensionActiveCalls(ctx context.Context, accountId string, extensionId string, localVarOptionals *ListExtensionActiveCallsOpts) (ExtensionActiveCallsResponse, *http.Response, error) {
	return ExtensionActiveCallsResponse{}, nil, nil
}

// LoadAccountCallLogOpts are the optional parameters of LoadAccountCallLog.
type LoadAccountCallLogOpts struct {
	ExtensionNumber optional.String
	PhoneNumber     optional.String
	Direction       optional.Interface
	Type_           optional.Interface
	View            optional.Interface
	WithRecording   optional.Bool
	DateFrom        optional.Time
	DateTo          optional.Time
	Page            optional.Int32
	PerPage         optional.Int32
	SessionId       optional.String
}

// LoadAccountCallLog requests GET /restapi/v1.0/account/{accountId}/call-log.
func (a *CallLogApiService) LoadAccountCallLog(ctx context.Context, accountId string, localVarOptionals *LoadAccountCallLogOpts) (AccountCallLogResponse, *http.Response, error) {
	return AccountCallLogResponse{}, nil, nil
}

// LoadAccountCallLogRecord requests GET /restapi/v1.0/account/{accountId}/call-log/{callRecordId}.
func (a *CallLogApiService) LoadAccountCallLogRecord(ctx context.Context, accountId string, callRecordId int32) (GetAccountCallLogRecordResponse, *http.Response, error) {
	return GetAccountCallLogRecordResponse{}, nil, nil
}

// LoadExtensionCallLogOpts are the optional parameters of LoadExtensionCallLog.
type LoadExtensionCallLogOpts struct {
	ExtensionNumber optional.String
	ShowBlocked     optional.Bool
	PhoneNumber     optional.String
	Direction       optional.Interface
	SessionId       optional.String
	Type_           optional.Interface
	Transport       optional.Interface
	View            optional.Interface
	WithRecording   optional.Bool
	DateTo          optional.Time
	DateFrom        optional.Time
	Page            optional.Int32
	PerPage         optional.Int32
}

// LoadExtensionCallLog requests GET /restapi/v1.0/account/{accountId}/extension/{extensionId}/call-log.
func (a *CallLogApiService) LoadExtensionCallLog(ctx context.Context, accountId string, extensionId string, localVarOptionals *LoadExtensionCallLogOpts) (ExtensionCallLogResponse, *http.Response, error) {
	return ExtensionCallLogResponse{}, nil, nil
}

// SyncAccountCallLogOpts are the optional parameters of SyncAccountCallLog.
type SyncAccountCallLogOpts struct {
	SyncType    optional.Interface
	SyncToken   optional.String
	DateFrom    optional.String
	RecordCount optional.Int32
	StatusGroup optional.Interface
}

// SyncAccountCallLog requests GET /restapi/v1.0/account/{accountId}/call-log-sync.
func (a *CallLogApiService) SyncAccountCallLog(ctx context.Context, accountId string, localVarOptionals *SyncAccountCallLogOpts) (*http.Response, error) {
	return nil, nil
}

// SyncExtensionCallLogOpts are the optional parameters of SyncExtensionCallLog.
type SyncExtensionCallLogOpts struct {
	SyncType    optional.Interface
	SyncToken   optional.String
	DateFrom    optional.String
	RecordCount optional.Int32
	StatusGroup optional.Interface
}

// SyncExtensionCallLog requests GET /restapi/v1.0/account/{accountId}/extension/{extensionId}/call-log-sync.
func (a *CallLogApiService) SyncExtensionCallLog(ctx context.Context, accountId string, extensionId string, localVarOptionals *SyncExtensionCallLogOpts) (CallLogSync, *http.Response, error) {
	return CallLogSync{}, nil, nil
}
