package ringcentral

import (
	"context"
	"net/http"

	"github.com/antihax/optional"
)

// MessagesApiService has a few methods of the real one, of several shapes
// (options struct, request body).
type MessagesApiService service

// DeleteMessageOpts are the optional parameters of DeleteMessage.
type DeleteMessageOpts struct {
	Purge          optional.Bool
	ConversationId optional.Int32
}

// DeleteMessage requests DELETE /restapi/v1.0/account/{accountId}/extension/{extensionId}/message-store/{messageId}.
func (a *MessagesApiService) DeleteMessage(ctx context.Context, accountId string, extensionId string, messageId int32, localVarOptionals *DeleteMessageOpts) (*http.Response, error) {
	return nil, nil
}

// ListMessagesOpts are the optional parameters of ListMessages.
type ListMessagesOpts struct {
	Availability          optional.Interface
	ConversationId        optional.Int32
	DateFrom              optional.Time
	DateTo                optional.Time
	Direction             optional.Interface
	DistinctConversations optional.Bool
	MessageType           optional.Interface
	ReadStatus            optional.Interface
	Page                  optional.Int32
	PerPage               optional.Int32
	PhoneNumber           optional.String
}

// ListMessages requests GET /restapi/v1.0/account/{accountId}/extension/{extensionId}/message-store.
func (a *MessagesApiService) ListMessages(ctx context.Context, accountId string, extensionId string, localVarOptionals *ListMessagesOpts) (GetMessageList, *http.Response, error) {
	return GetMessageList{}, nil, nil
}

// LoadMessage requests GET /restapi/v1.0/account/{accountId}/extension/{extensionId}/message-store/{messageId}.
func (a *MessagesApiService) LoadMessage(ctx context.Context, accountId string, extensionId string, messageId int32) (GetMessageInfoResponse, *http.Response, error) {
	return GetMessageInfoResponse{}, nil, nil
}

// SendSMS requests POST /restapi/v1.0/account/{accountId}/extension/{extensionId}/sms.
func (a *MessagesApiService) SendSMS(ctx context.Context, accountId string, extensionId string, createSmsMessage CreateSmsMessage) (GetMessageInfoResponseIntId, *http.Response, error) {
	return GetMessageInfoResponseIntId{}, nil, nil
}
