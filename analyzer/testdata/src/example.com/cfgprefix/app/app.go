package app // want package:`needs\(\[ReadCallLog, TeamMessaging\]\) wrappers=true module=""`

import (
	"context"
	"net/http"

	"example.com/cfgprefix/config"
	"example.com/cfgprefix/rc"
)

func run(ctx context.Context, c *rc.Client, chatID string) { // want run:`requests\(GET \{\}//restapi/v1\.0/account/\{\}/call\-log, POST \{\}//team\-messaging/v1/chats/\{\$2\}/posts\)`
	c.Do(ctx, http.MethodGet, c.URL(rc.REST, "account", c.Account(), "call-log")) // want `GET /restapi/v1\.0/account/\{accountId\}/call\-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
	u := c.URL(rc.Team, "chats", chatID, "posts")
	c.Do(ctx, http.MethodPost, u) // want `POST /team\-messaging/v1/chats/\{chatId\}/posts \(createGlipPostNew\) needs \[TeamMessaging\]`
}

func main() { // want main:`requests\(GET \{\}//restapi/v1\.0/account/\{\}/call\-log, POST \{\}//team\-messaging/v1/chats/1/posts\)`
	cfg := config.Load()
	c, err := rc.New(cfg)
	if err != nil {
		return
	}
	// The same path, copied to the analytics service: no RingCentral request.
	http.Post(cfg.Warehouse+"/restapi/v1.0/account/~/call-log", "application/json", nil)
	run(context.Background(), c, "1")
}
