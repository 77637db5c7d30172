package app // want package:`needs\(\[EditMessages, ReadCallLog, SMS, TeamMessaging\]\) wrappers=true module=""`

// A builder that keeps its path as segments, driven in each style.

import (
	"context"

	"example.com/segments/rc"
)

var teamMessaging = []string{"team-messaging", "v1"}

type Service struct {
	c       *rc.Client
	account string
}

func (s *Service) Chats(ctx context.Context) error { // want Chats:`requests\(GET \{\}/team-messaging/v1/chats\)`
	return s.c.NewRequest().Root(teamMessaging...).Segments("chats").Send(ctx) // want `GET /team-messaging/v1/chats \(listGlipChatsNew\)`
}

func (s *Service) CallLog(ctx context.Context) error { // want CallLog:`requests\(GET \{\}/restapi/v1.0/account/\{\}/call-log\)`
	return s.c.NewRequest().Get().Segments("account", s.account, "call-log").Param("view", "Detailed").Send(ctx) // want `GET /restapi/v1.0/account/\{accountId\}/call-log \(readCompanyCallLog\)`
}

func (s *Service) DeleteMessage(ctx context.Context, id string) error { // want DeleteMessage:`requests\(DELETE .*/message-store/\{\$1\}\)`
	req := s.c.NewRequest().Delete()
	req.Segments("account", "~", "extension", "~", "message-store", id)
	return req.Send(ctx) // want `DELETE .*/message-store/\{messageId\} \(deleteMessage\)`
}

// ext is the builder of the signed-in extension's resources.
func (s *Service) ext() *rc.Request {
	return s.c.NewRequest().Segments("account", "~", "extension", "~")
}

func (s *Service) SendSMS(ctx context.Context) error { // want SendSMS:`requests\(POST .*/sms\)`
	return s.ext().Post().Segments("sms").Send(ctx) // want `POST /restapi/v1.0/account/~/extension/~/sms \(createSMSMessage\)`
}

// Reports keeps the segments of its route, built by its constructor.
type Reports struct {
	c        *rc.Client
	callLogs []string
}

func NewReports(c *rc.Client, account string) *Reports { // want NewReports:`effects\(result 2 fields, receiver 0 fields\)`
	return &Reports{c: c, callLogs: []string{"account", account, "call-log"}}
}

func (r *Reports) CallLog(ctx context.Context) error { // want CallLog:`requests\(GET .*/account/\{\}/call-log, GET .*/account/~/call-log\)`
	return r.c.NewRequest().Segments(r.callLogs...).Send(ctx) // want `GET /restapi/v1.0/account/\{accountId\}/call-log \(readCompanyCallLog\)`
}

func Run(ctx context.Context) { // want Run:`requests\(GET https://platform\.ringcentral\.com/restapi/v1\.0/account/\{\}/call\-log, GET https://platform\.ringcentral\.com/restapi/v1\.0/account/\~/call\-log\)`
	c := rc.New("https://platform.ringcentral.com")
	NewReports(c, "~").CallLog(ctx)
	// Another company's API, through the same builder: no finding.
	other := rc.New("https://api.example.com")
	other.NewRequest().Root("v2", "users").Send(ctx)
}
