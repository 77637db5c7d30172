package app // want package:`needs\(\[Analytics, ReadAccounts, ReadCallLog, ReadContacts, ReadMessages, ReadPresence, TeamMessaging, Video\]\) wrappers=true module=""`

// Package app wires the client in: the runner's requests are checked
// here, one for each report.

import (
	"context"

	"example.com/tablefmt/rcapi"
	"example.com/tablefmt/reports"
)

func Main(ctx context.Context, names []string) error { // want Main:`requests\(GET \{\}/restapi/v1\.0/account/\{\}/call-log, GET \{\}/restapi/v1\.0/account/\{\}/extension/\{\}/message-store, POST \{\}/restapi/v1\.0/account/\{\}/directory/entries/search, GET \{\}/team-messaging/v1/chats, GET \{\}/restapi/v1\.0/account/\{\}/presence, GET \{\}/restapi/v1\.0/account/\{\}/call-queues, GET \{\}/restapi/v1\.0/account/\{\}/extension/\{\}/address-book/contact, GET \{\}/rcvideo/v1/history/meetings, POST \{\}/analytics/calls/v1/accounts/\{\}/aggregation/fetch, GET \{\}/restapi/v1\.0/account/\{\}/extension/\{\}/call-log\)`
	api := &rcapi.Client{Base: "https://platform.ringcentral.com"}
	return reports.NewRunner(api, reports.Config{AccountID: "~", ExtensionID: "~"}).Run(ctx, names) // want `GET /restapi/v1\.0/account/\{accountId\}/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]` `GET /restapi/v1\.0/account/\{accountId\}/extension/\{extensionId\}/message-store \(listMessages\) needs \[ReadMessages\]` `POST /restapi/v1\.0/account/\{accountId\}/directory/entries/search \(searchDirectoryEntries\) needs \[ReadAccounts\]` `GET /team-messaging/v1/chats \(listGlipChatsNew\) needs \[TeamMessaging\]` `GET /restapi/v1\.0/account/\{accountId\}/presence \(readAccountPresence\) needs \[ReadPresence\]` `GET /restapi/v1\.0/account/\{accountId\}/call-queues \(listCallQueues\) needs \[ReadAccounts\]` `GET /restapi/v1\.0/account/\{accountId\}/extension/\{extensionId\}/address-book/contact \(listContacts\) needs \[ReadContacts\]` `GET /rcvideo/v1/history/meetings \(listVideoMeetings\) needs \[Video\]` `POST /analytics/calls/v1/accounts/\{accountId\}/aggregation/fetch \(analyticsCallsAggregationFetch\) needs \[Analytics\]` `GET /restapi/v1\.0/account/\{accountId\}/extension/\{extensionId\}/call-log \(readUserCallLog\) needs \[ReadCallLog\]`
}
