package app // want package:`needs\(\[ReadCallRecording, TeamMessaging\]\) wrappers=true module=""`

import (
	"context"

	"example.com/pathf/api"
)

func Recording(ctx context.Context, c *api.Client, id string) error { // want Recording:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/~/recording/\{\}/content\)`
	return c.Do(ctx, api.NewRequest("GET").Pathf("/restapi/v1.0/account/~/recording/%s/content", id)) // want `GET /restapi/v1\.0/account/~/recording/\{recordingId\}/content \(readCallRecordingContent\) needs \[ReadCallRecording\]`
}

// Post sets the method by the constructor, the path by its format.
func Post(ctx context.Context, c *api.Client, chat string) error { // want Post:`requests\(POST https://platform\.ringcentral\.com/team-messaging/v1/chats/\{\}/posts\)`
	return c.Do(ctx, api.NewRequest("POST").Pathf("/team-messaging/v1/chats/%s/posts", chat)) // want `POST /team-messaging/v1/chats/\{chatId\}/posts \(createGlipPostNew\) needs \[TeamMessaging\]`
}
