package app // want package:`needs\(\[CallControl, EditMessages, ReadCallLog, ReadCallRecording, ReadMessages, ReadPresence, TeamMessaging\]\) wrappers=true module=""`

import (
	"context"
	"strconv"

	"example.com/optsegs/rc"
)

// run's queries set different scopes on one builder: each request is the
// path its own setters make, the optional segments present only where
// set (account without extension is the company's call log).
func run(ctx context.Context, api *rc.API, recordID, chatID string) { // want run:`requests\(GET \{\$1281\}/restapi/v1\.0/account/\~/call\-log, GET \{\$1281\}/restapi/v1\.0/account/\~/extension/\~/call\-log, GET \{\$1281\}/restapi/v1\.0/account/\~/call\-log/\{\$2\}, GET \{\$1281\}/restapi/v1\.0/account/\~/recording/\{\$2\}/content, POST \{\$1281\}/team\-messaging/v1/chats/\{\$3\}/posts, POST \{\$1281\}/restapi/v1\.0/subscription, GET \{\$1281\}/restapi/v1\.0/account/\~/extension/\{\$3\}/presence, GET \{\$1281\}/restapi/v1\.0/account/\~/extension/\~/message\-store\)`
	api.Resource("call-log").Account("~").Get(ctx)                              // want `GET /restapi/v1\.0/account/\~/call\-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
	api.Resource("call-log").Account("~").Extension("~").Get(ctx)               // want `GET /restapi/v1\.0/account/\~/extension/\~/call\-log \(readUserCallLog\) needs \[ReadCallLog\]`
	api.Resource("call-log").Account("~").ID(recordID).Get(ctx)                 // want `GET /restapi/v1\.0/account/\~/call\-log/\{callRecordId\} \(readCompanyCallRecord\) needs \[ReadCallLog\]`
	api.Resource("recording").Account("~").ID(recordID).Sub("content").Get(ctx) // want `GET /restapi/v1\.0/account/\~/recording/\{recordingId\}/content \(readCallRecordingContent\) needs \[ReadCallRecording\]`
	api.TeamMessaging("chats").ID(chatID).Sub("posts").Post(ctx)                // want `POST /team\-messaging/v1/chats/\{chatId\}/posts \(createGlipPostNew\) needs \[TeamMessaging\]`
	api.Resource("subscription").Post(ctx)
	q := api.Resource("presence").Account("~")
	if chatID != "" {
		q = q.Extension(chatID)
	}
	q.Get(ctx)                                                 // want `GET /restapi/v1\.0/account/\~/extension/\{extensionId\}/presence \(readUserPresenceStatus\) needs \[ReadPresence\]`
	api.Resource("message-store").Account("~").Mine().Get(ctx) // want `GET /restapi/v1\.0/account/\~/extension/\~/message\-store \(listMessages\) needs \[ReadMessages\]`
}

func markRead(ctx context.Context, api *rc.API, id int64) { // want markRead:`requests\(PUT \{\$1281\}/restapi/v1\.0/account/\~/extension/\~/message\-store/\{\}\)`
	msgID := strconv.FormatInt(id, 10)
	api.Resource("message-store").Account("~").Extension("~").ID(msgID).Put(ctx) // want `PUT /restapi/v1\.0/account/\~/extension/\~/message\-store/\{messageId\} \(updateMessage\) needs \[EditMessages\]`
}

// subscribe names its event filters with the same builder.
func subscribe(ctx context.Context, api *rc.API) { // want subscribe:`requests\(POST \{\$1281\}/restapi/v1\.0/subscription\)`
	body := map[string]any{
		"eventFilters": []string{
			api.Resource("telephony", "sessions").Account("~").Extension("~").Filter(),               // want `event filter /restapi/v1\.0/account/\~/extension/\~/telephony/sessions needs \[CallControl\]`
			api.Resource("message-store").Account("~").Mine().Where("direction", "Inbound").Filter(), // want `event filter /restapi/v1\.0/account/\~/extension/\~/message\-store needs \[ReadMessages\]`
		},
	}
	_ = body
	api.Resource("subscription").Post(ctx)
}

// mirror sends the same queries to another host: no RingCentral request.
func mirror(ctx context.Context) {
	api := rc.New("https://mirror.example.com")
	api.Resource("call-log").Account("~").Get(ctx)
	api.Resource("message-store").Account("~").Mine().Get(ctx)
}

func main() { // want main:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/\~/call\-log, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/\~/extension/\~/call\-log, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/\~/call\-log/1, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/\~/recording/1/content, POST https://platform\.ringcentral\.com/team\-messaging/v1/chats/2/posts, POST https://platform\.ringcentral\.com/restapi/v1\.0/subscription, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/\~/extension/2/presence, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/\~/extension/\~/message\-store\)`
	run(context.Background(), rc.New("https://platform.ringcentral.com"), "1", "2")
}
