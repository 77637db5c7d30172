package app // want package:`needs\(\[ReadCallLog, ReadPresence, SMS, TeamMessaging\]\) wrappers=true module=""`

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

// mine prefixes elem with the caller's own account and extension.
func mine(c *rc.Client, elem ...string) []string {
	return append([]string{"account", c.Account(), "extension", "~"}, elem...)
}

func sms(ctx context.Context, c *rc.Client) { // want sms:`requests\(POST \{\}//restapi/v1\.0/account/\{\}/extension/\~/sms\)`
	c.Do(ctx, http.MethodPost, c.URL(rc.REST, mine(c, "sms")...)) // want `POST /restapi/v1\.0/account/\{accountId\}/extension/\~/sms \(createSMSMessage\) needs \[SMS\]`
}

// A Notifier keeps the chat it posts to.
type Notifier struct {
	c      *rc.Client
	chatID string
}

func (n *Notifier) Alert(ctx context.Context) { // want Alert:`requests\(POST \{\}//team\-messaging/v1/chats/2/posts\)`
	n.c.Do(ctx, http.MethodPost, n.c.URL(rc.Team, "chats", n.chatID, "posts")) // want `POST /team\-messaging/v1/chats/2/posts \(createGlipPostNew\) needs \[TeamMessaging\]`
}

func subscribe(ctx context.Context, c *rc.Client) { // want subscribe:`requests\(POST \{\}//restapi/v1\.0/subscription\)`
	body := map[string]any{
		"eventFilters": []string{c.FilterPath(mine(c, "presence")...)}, // want `event filter /restapi/v1\.0/account/\{\}/extension/\~/presence needs \[ReadPresence\]`
		"deliveryMode": map[string]string{"transportType": "PubNub"},
	}
	_ = body
	c.Do(ctx, http.MethodPost, c.URL(rc.REST, "subscription"))
}

func main() { // want main:`requests\(GET \{\}//restapi/v1\.0/account/\{\}/call\-log, POST \{\}//team\-messaging/v1/chats/1/posts, POST \{\}//restapi/v1\.0/account/\{\}/extension/\~/sms, POST \{\}//team\-messaging/v1/chats/2/posts, POST \{\}//restapi/v1\.0/subscription\)`
	cfg := config.Load()
	c, err := rc.New(cfg)
	if err != nil {
		return
	}
	// The same path, copied to the analytics service: no RingCentral request.
	http.Post(cfg.Warehouse+"/restapi/v1.0/account/~/call-log", "application/json", nil)
	run(context.Background(), c, "1")
	sms(context.Background(), c)
	(&Notifier{c: c, chatID: "2"}).Alert(context.Background())
	subscribe(context.Background(), c)
}
