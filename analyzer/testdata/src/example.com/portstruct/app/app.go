package app // want package:`needs\(\[EditMessages, ReadCallLog, ReadCallRecording, SMS\]\) wrappers=true module=""`

import (
	"context"
	"log"
	"net/http"

	"example.com/portstruct/adapter"
	"example.com/portstruct/bus"
	"example.com/portstruct/port"
	"example.com/portstruct/svc"
)

type logger struct{}

func (logger) Record(ctx context.Context, r port.Request) { log.Println(r.Method, r.Path) }

func Main(ctx context.Context, name, id string) { // want Main:`requests\(GET \{\}/restapi/v1\.0/account/~/call-log, POST \{\}/restapi/v1\.0/account/~/extension/~/sms, via Record\(\{\}, \{\}, \$1280=DELETE, \$1281=/restapi/v1\.0/account/~/call-log\)\)`
	a := &adapter.HTTP{Base: "https://platform.ringcentral.com", HC: http.DefaultClient}
	_ = svc.CallLog(ctx, a, "") // want `GET /restapi/v1\.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]` `GET /restapi/v1\.0/account/~/recording/\{recordingId\}/content \(readCallRecordingContent\) needs \[ReadCallRecording\]` `PUT /restapi/v1\.0/account/~/extension/~/message-store/\{messageId\} \(updateMessage\) needs \[EditMessages\]`
	_ = svc.SMS(ctx, a)         // want `POST /restapi/v1\.0/account/~/extension/~/sms \(createSMSMessage\) needs \[SMS\]`
	b := &bus.Bus{Port: a}
	_ = b.Dispatch(ctx, bus.Command{Name: name, ID: id})
	svc.Audit(ctx, logger{})
}
