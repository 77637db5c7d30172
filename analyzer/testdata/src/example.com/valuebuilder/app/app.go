package app // want package:`needs\(\[ReadCallLog, ReadMessages, ReadPresence, SMS, TeamMessaging\]\) wrappers=true module=""`

// app calls the value-type builder every way a service does:
// chains in place, bases kept in fields and extended per call, a typed
// wrapper, a generic pager handed the built request.

import (
	"context"

	"example.com/valuebuilder/rc"
)

func A(ctx context.Context, c *rc.Client) error { // want A:`requests\(GET \{\}/restapi/v1\.0/account/~/call-log\?\{\}\)`
	return rc.New(c).Account("~").Segment("call-log").Do(ctx) // want `GET /restapi/v1\.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
}

func B(ctx context.Context, c *rc.Client) error { // want B:`requests\(GET \{\}/restapi/v1\.0/account/~/call-log\?\{\}\)`
	return rc.New(c).Segment("account", "~", "call-log").Do(ctx) // want `GET /restapi/v1\.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
}

func C(ctx context.Context, c *rc.Client) error { // want C:`requests\(POST \{\}/restapi/v1\.0/account/~/extension/~/sms\?\{\}\)`
	return rc.New(c).Post().Segment("account", "~", "extension", "~", "sms").Do(ctx) // want `POST /restapi/v1\.0/account/~/extension/~/sms \(createSMSMessage\) needs \[SMS\]`
}

type Service struct{ acct, me, team rc.Request }

func NewService(c *rc.Client) *Service {
	acct := rc.New(c).Account("~")
	return &Service{acct: acct, me: acct.Extension("~"), team: rc.New(c).API("/team-messaging/v1")}
}

type Page struct{ Records []struct{ ID string } }

func (s *Service) Presence(ctx context.Context) (Page, error) { // want Presence:`requests\(GET \{\}/restapi/v1\.0/account/~/extension/~/presence\?\{\}\)`
	return rc.As[Page](s.me.Get().Segment("presence")).Do(ctx) // want `GET /restapi/v1\.0/account/~/extension/~/presence \(readUserPresenceStatus\) needs \[ReadPresence\]`
}

func (s *Service) Post(ctx context.Context, chat string) error { // want Post:`requests\(POST \{\}/team-messaging/v1/chats/\{\$1\}/posts\?\{\}\)`
	return s.team.Post().Segment("chats", chat, "posts").Do(ctx) // want `POST /team-messaging/v1/chats/\{chatId\}/posts \(createGlipPostNew\) needs \[TeamMessaging\]`
}

func (s *Service) Messages(ctx context.Context) ([]struct{ ID string }, error) { // want Messages:`requests\(GET \{\}/restapi/v1\.0/account/~/extension/~/message-store\?\{\}\)`
	q := s.me.Segment("message-store").Param("perPage", "100")
	return rc.All[struct{ ID string }](ctx, q, 100) // want `GET /restapi/v1\.0/account/~/extension/~/message-store \(listMessages\) needs \[ReadMessages\]`
}

// Trap: the builder aimed at a path RingCentral does not serve.
func (s *Service) Unknown(ctx context.Context) error {
	return s.acct.Put().Segment("no-such-thing").Do(ctx) // want `PUT /restapi/v1\.0/account/~/no-such-thing: no such RingCentral operation; did you mean GET /restapi/v1\.0/account/\{accountId\} \(readAccountInfo\)\?`
}
