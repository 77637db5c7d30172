package exec // want package:`needs\(\[EditPresence, ReadCallLog, TeamMessaging\]\) wrappers=true module=""`

import (
	"context"
	"net/http"

	"example.com/routepairs/actions"
)

const base = "https://platform.ringcentral.com"

// Do sends what the action's Route says: its callers know which action.
func Do(ctx context.Context, a actions.Action) error { // want Do:`requests\(\{\$1536\} https://platform.ringcentral.com\{\$1568\}\)`
	method, path := a.Route()
	req, err := http.NewRequestWithContext(ctx, method, base+path, nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

// Work sends whatever comes off the queue: any action in sight, each
// with its own method.
func Work(ctx context.Context, queue <-chan actions.Action) { // want Work:`requests\(GET .*/call-log, POST .*/posts, PUT .*/presence\)`
	for a := range queue {
		method, path := a.Route()
		req, _ := http.NewRequestWithContext(ctx, method, base+path, nil) // want `GET /restapi/v1.0/account/\{accountId\}/extension/\{extensionId\}/call-log \(readUserCallLog\)` `POST /team-messaging/v1/chats/\{chatId\}/posts \(createGlipPostNew\)` `PUT /restapi/v1.0/account/\{accountId\}/extension/\{extensionId\}/presence \(updateUserPresenceStatus\)`
		http.DefaultClient.Do(req)
	}
}

// Doer runs actions; decorators wrap one another around HTTP.
type Doer interface {
	Do(ctx context.Context, a actions.Action) error
}

type HTTP struct{}

func (HTTP) Do(ctx context.Context, a actions.Action) error { return Do(ctx, a) } // want Do:`requests\(\{\$1536\} https://platform.ringcentral.com\{\$1568\}\)`

type DoerFunc func(ctx context.Context, a actions.Action) error

func (f DoerFunc) Do(ctx context.Context, a actions.Action) error { return f(ctx, a) }

// WithRetry and WithLog hand on an action only their callers know: each
// action in sight is checked once, where first met.
func WithRetry(next Doer) Doer { // want WithRetry:`requests\(GET .*/call-log, POST .*/posts, PUT .*/presence\)`
	return DoerFunc(func(ctx context.Context, a actions.Action) error {
		err := next.Do(ctx, a) // want `GET /restapi/v1.0/account/\{accountId\}/extension/\{extensionId\}/call-log \(readUserCallLog\)` `POST /team-messaging/v1/chats/\{chatId\}/posts \(createGlipPostNew\)` `PUT /restapi/v1.0/account/\{accountId\}/extension/\{extensionId\}/presence \(updateUserPresenceStatus\)`
		if err != nil {
			err = next.Do(ctx, a)
		}
		return err
	})
}

func WithLog(next Doer) Doer {
	return DoerFunc(func(ctx context.Context, a actions.Action) error {
		println("action")
		return next.Do(ctx, a)
	})
}
