package svc // want package:`needs\(\[ReadCallLog, ReadCallRecording, SMS\]\) wrappers=true module=""`

// The service calls the gateway through an interface, by action name.

import (
	"context"

	"example.com/actionindex/rc"
)

type Service struct{ C rc.Caller }

func (s *Service) Calls(ctx context.Context) error { // want Calls:`requests\(GET https://platform.ringcentral.com/restapi/v1.0/account/~/call-log\)`
	_, err := s.C.Call(ctx, rc.ActionListCalls, "") // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\)`
	return err
}

func (s *Service) Recording(ctx context.Context, id string) error { // want Recording:`requests\(GET .*/recording/\{\$1\}\)`
	_, err := s.C.Call(ctx, rc.ActionRecording, id) // want `GET .*/recording/\{recordingId\} \(readCallRecording\)`
	return err
}

func (s *Service) SMS(ctx context.Context) error { // want SMS:`requests\(POST .*/sms\)`
	_, err := s.C.Call(ctx, rc.ActionSendSMS, "") // want `POST .*/sms \(createSMSMessage\)`
	return err
}
