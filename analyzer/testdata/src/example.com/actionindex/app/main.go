package main // want package:`needs\(\[ReadCallLog, ReadCallRecording, SMS\]\) wrappers=true module=""`

// The command wires the gateway into the service.

import (
	"context"
	"net/http"

	"example.com/actionindex/rc"
	"example.com/actionindex/svc"
)

func main() { // want main:`requests\(GET .*/call-log, GET .*/recording/1, POST .*/sms\)`
	s := &svc.Service{C: &rc.Gateway{Base: "https://platform.ringcentral.com", HC: http.DefaultClient}}
	_ = s.Calls(context.Background())          // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\)`
	_ = s.Recording(context.Background(), "1") // want `GET .*/recording/1 \(readCallRecording\)`
	_ = s.SMS(context.Background())            // want `POST .*/sms \(createSMSMessage\)`
}
