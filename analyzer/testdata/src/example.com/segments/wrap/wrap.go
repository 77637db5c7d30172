package wrap // want package:`needs\(\[ReadCallLog, ReadContacts, ReadMessages, ReadPresence\]\) wrappers=true module=""`

// Wrappers that hand their own segments on to the builder: the segments
// are their callers', here and in another package.

import (
	"context"

	"example.com/segments/rc"
)

type Service struct{ C *rc.Client }

// Get is the request of the segments its callers give.
func (s *Service) Get(ctx context.Context, segs ...string) error { // want Get:`requests\(GET \{\}/\{\} \(callers: \{\}/\{\$192\}, 1 deferred\)\)`
	return s.C.NewRequest().Segments(segs...).Send(ctx)
}

// list takes the segments as a slice.
func (s *Service) list(ctx context.Context, segs []string) error { // want list:`requests\(GET \{\}/\{\} \(callers: \{\}/\{\$192\}, 1 deferred\)\)`
	return s.C.NewRequest().Segments(segs...).Send(ctx)
}

// ext hands its segments on again, after a prefix of its own.
func (s *Service) ext(ctx context.Context, segs ...string) error { // want ext:`requests\(GET \{\}/\{\} \(callers: \{\}/\{\$192\}, 1 deferred\)\)`
	return s.Get(ctx, append([]string{"account", "~", "extension", "~"}, segs...)...)
}

func (s *Service) Presence(ctx context.Context) error { // want Presence:`requests\(GET \{\}/restapi/v1.0/account/~/extension/~/presence\)`
	return s.Get(ctx, "account", "~", "extension", "~", "presence") // want `GET /restapi/v1.0/account/~/extension/~/presence \(readUserPresenceStatus\) needs \[ReadPresence\]`
}

func (s *Service) CallLog(ctx context.Context, acct string) error { // want CallLog:`requests\(GET \{\}/restapi/v1.0/account/\{\$1\}/call-log\)`
	return s.Get(ctx, "account", acct, "call-log") // want `GET /restapi/v1.0/account/\{accountId\}/call-log \(readCompanyCallLog\)`
}

func (s *Service) Contacts(ctx context.Context) error { // want Contacts:`requests\(GET \{\}/restapi/v1.0/account/~/extension/~/address-book/contact\)`
	return s.list(ctx, []string{"account", "~", "extension", "~", "address-book", "contact"}) // want `GET /restapi/v1.0/account/~/extension/~/address-book/contact \(listContacts\) needs \[ReadContacts\]`
}

func (s *Service) Messages(ctx context.Context) error { // want Messages:`requests\(GET \{\}/restapi/v1.0/account/~/extension/~/message-store\)`
	return s.ext(ctx, "message-store") // want `GET /restapi/v1.0/account/~/extension/~/message-store \(listMessages\) needs \[ReadMessages\]`
}

// Misspelt: no such operation.
func (s *Service) CallLogs(ctx context.Context) error {
	return s.Get(ctx, "account", "~", "call-logs") // want `GET /restapi/v1.0/account/~/call-logs: no such RingCentral operation`
}
