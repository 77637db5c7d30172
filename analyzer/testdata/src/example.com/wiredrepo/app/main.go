package main // want package:`needs\(\[EditMessages, ReadCallLog, SMS, TeamMessaging\]\) wrappers=true module=""`

import (
	"context"

	"example.com/wiredrepo/repo"
	"example.com/wiredrepo/resource"
	"example.com/wiredrepo/rest"
	"example.com/wiredrepo/service"
)

// main wires each repository into the desk with its descriptor: each
// store into a Desk field is the request of the methods Run calls on
// that field, and of no other (no GET of the message store, no DELETE of
// the call log). The legacy repository's client is another company's
// server: no request of RingCentral's.
func main() { // want main:`requests\(DELETE \{\}/restapi/v1\.0/account/\{accountId\}/extension/\{extensionId\}/message\-store/\{id\}, DELETE https://platform\.ringcentral\.com/restapi/v1\.0/account/\{accountId\}/extension/\{extensionId\}/message\-store/\{id\}\)`
	rc := rest.New("https://platform.ringcentral.com")
	desk := &service.Desk{
		Calls:    repo.New[service.Call](rc, resource.CallLog, resource.Me),     // want `GET /restapi/v1\.0/account/\{accountId\}/extension/\{extensionId\}/call\-log \(readUserCallLog\) needs \[ReadCallLog\]`
		Messages: repo.New[service.Message](rc, resource.Messages, resource.Me), // want `DELETE /restapi/v1\.0/account/\{accountId\}/extension/\{extensionId\}/message\-store/\{id\} \(deleteMessage\) needs \[EditMessages\]`
		SMS:      repo.New[service.SMS](rc, resource.SMS, resource.Me),          // want `POST /restapi/v1\.0/account/\{accountId\}/extension/\{extensionId\}/sms \(createSMSMessage\) needs \[SMS\]`
		Tasks:    repo.New[service.Task](rc, resource.Tasks, resource.Me),       // want `POST /team\-messaging/v1/chats/\{parentId\}/tasks \(createTaskNew\) needs \[TeamMessaging\]`
	}
	desk.Legacy = repo.New[service.Call](rest.New("https://pbx.example.net"), resource.CallLog, resource.Me)
	_ = desk.Run(context.Background())
	// A repository handed to a constructor: the call is the request.
	_ = service.NewInbox(repo.New[service.Message](rc, resource.Messages, resource.Me)).Purge(context.Background()) // want `DELETE /restapi/v1\.0/account/\{accountId\}/extension/\{extensionId\}/message\-store/\{id\} \(deleteMessage\) needs \[EditMessages\]`
}
