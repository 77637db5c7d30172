package sdks // want package:`needs\(\[EditCallLog, EditMessages, ReadAccounts, ReadCallLog, ReadCallRecording, ReadMessages, SMS\]\) wrappers=true module=""`

import (
	"context"

	ringcentral "github.com/grokify/go-ringcentral-client/office/v1/client"
)

// The generated SDK: each service method is an operation, known from the
// SDK's own source (analyzer/sdkroutes.tsv).
func generated(ctx context.Context, client *ringcentral.APIClient, accountID, extensionID string) { // want generated:`requests\(GET https://platform.ringcentral.com/restapi/v1.0/account/\{accountId\}/extension/\{extensionId\}/call-log, .*`
	client.CallLogApi.LoadExtensionCallLog(ctx, accountID, extensionID, nil)  // want `GET /restapi/v1.0/account/\{accountId\}/extension/\{extensionId\}/call-log \(readUserCallLog\) needs \[ReadCallLog\], which rcperm.yaml does not grant`
	client.CallLogApi.LoadAccountCallLog(ctx, "~", nil)                       // want `\(readCompanyCallLog\) needs \[ReadCallLog\]`
	client.CallLogApi.LoadAccountCallLogRecord(ctx, "~", 7)                   // want `\(readCompanyCallRecord\) needs \[ReadCallLog\]`
	client.CallLogApi.SyncAccountCallLog(ctx, "~", nil)                       // want `\(syncAccountCallLog\) needs \[ReadCallLog\]`
	client.CallLogApi.SyncExtensionCallLog(ctx, "~", "~", nil)                // want `\(syncUserCallLog\) needs \[ReadCallLog\]`
	client.CallLogApi.ListCompanyActiveCalls(ctx, "~", nil)                   // want `\(listCompanyActiveCalls\) needs \[ReadCallLog\]`
	client.CallLogApi.ListExtensionActiveCalls(ctx, "~", "~", nil)            // want `\(listExtensionActiveCalls\) needs \[ReadCallLog\]`
	client.CallLogApi.ListCallRecordings(ctx, "~", "1")                       // want `\(readCallRecording\) needs \[ReadCallLog, ReadCallRecording\]`
	client.CallLogApi.ListCallRecordingData(ctx, "~", "1")                    // want `\(readCallRecordingContent\) needs \[ReadCallRecording\]`
	client.CallLogApi.DeleteExtensionCallLog(ctx, "~", "~", nil)              // want `\(deleteUserCallLog\) needs \[EditCallLog\]`
	client.CallLogApi.GetCallRecords(ctx, []string{"a"}, "~", "~", nil)       // want `\(readUserCallRecord\) needs \[ReadCallLog\]`
	client.CallLogApi.DeleteAccountCallLog(ctx, "~", nil)                     // want `\(deleteAccountCallLog\) is missing from RingCentral's current API reference: a legacy route RingCentral still serves, which needs \[EditCallLog\]` `DELETE /restapi/v1.0/account/\{accountId\}/call-log \(deleteAccountCallLog\) needs \[EditCallLog\], which rcperm.yaml does not grant`
	client.CallLogApi.DeleteAccountCallLogRecord(ctx, "~", 7)                 // want `\(deleteAccountCallLogRecord\) is missing from RingCentral's current API reference` `\(deleteAccountCallLogRecord\) needs \[EditCallLog\]`
	client.MessagesApi.SendSMS(ctx, "~", "~", ringcentral.CreateSmsMessage{}) // granted: SMS
	client.MessagesApi.ListMessages(ctx, "~", "~", nil)                       // granted: SMS includes ReadMessages
	client.MessagesApi.DeleteMessage(ctx, "~", "~", 1, nil)                   // want `\(deleteMessage\) needs \[EditMessages\]`
	client.UserSettingsApi.LoadExtensionInfo(ctx, "~", "~")                   // granted
}
