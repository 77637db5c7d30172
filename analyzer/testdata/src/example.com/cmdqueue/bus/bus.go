package bus // want package:`needs\(\[EditMessages, ReadAccounts, ReadCallLog, ReadCallRecording, ReadContacts, ReadMessages, ReadPresence, SMS, Video\]\) wrappers=true module=""`

// Package bus queues commands and performs them in workers: a command
// taken from the queue is any the program makes, so the worker's request
// is each implementation's, its method beside its own path.

import (
	"context"
	"log"
	"net/http"

	"example.com/cmdqueue/commands"
)

// A Command says what to send.
type Command interface {
	Method() string
	Path() string
}

// Bus performs queued commands against the platform.
type Bus struct {
	base   string
	q      chan Command
	client *http.Client
}

func New() *Bus {
	return &Bus{base: "https://platform.ringcentral.com", q: make(chan Command, 64), client: http.DefaultClient}
}

// Enqueue queues c for a worker.
func (b *Bus) Enqueue(c Command) { b.q <- c }

// Run performs queued commands until the queue closes.
func (b *Bus) Run(ctx context.Context) { // want Run:`requests\(GET .*/content/1, DELETE .*, POST .*/sms\)`
	for cmd := range b.q {
		log.Printf("perform %s", kind(cmd))
		if err := b.audit(ctx, cmd); err != nil {
			log.Printf("audit: %v", err)
		}
		if m, ok := cmd.(commands.FetchMessage); ok {
			// A message's attachment is downloaded apart: a request of
			// this type's alone, never of the other commands'.
			if err := b.download(ctx, m); err != nil { // want `GET .*/message-store/\{messageId\}/content/1 \(readMessageContent\) needs \[ReadMessages\]`
				log.Printf("download: %v", err)
			}
			continue
		}
		if err := b.perform(ctx, cmd); err != nil { // want `POST /restapi/v1.0/account/~/extension/~/sms \(createSMSMessage\) needs \[SMS\]` `DELETE .*message-store/\{messageId\} \(deleteMessage\) needs \[EditMessages\]` `presence \(readUserPresenceStatus\) needs \[ReadPresence\]` `GET /rcvideo/v1/history/meetings \(listVideoMeetings\) needs \[Video\]` `address-book/contact \(listContacts\) needs \[ReadContacts\]` `recording/\{recordingId\}/content \(readCallRecordingContent\) needs \[ReadCallRecording\]`
			log.Printf("%s: %v", kind(cmd), err)
		}
	}
}

func (b *Bus) perform(ctx context.Context, cmd Command) error { // want perform:`requests\(\{\$1536\} https://platform.ringcentral.com\{\$1537\}\)`
	req, err := http.NewRequestWithContext(ctx, cmd.Method(), b.base+cmd.Path(), nil)
	if err != nil {
		return err
	}
	resp, err := b.client.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// download fetches the content of what cmd names.
func (b *Bus) download(ctx context.Context, cmd Command) error { // want download:`requests\(GET https://platform.ringcentral.com\{\$1537\}/content/1\)`
	req, err := http.NewRequestWithContext(ctx, cmd.Method(), b.base+cmd.Path()+"/content/1", nil)
	if err != nil {
		return err
	}
	_, err = b.client.Do(req)
	return err
}

// audit copies a command to the audit service, which mirrors the
// platform's paths: no request of RingCentral's.
func (b *Bus) audit(ctx context.Context, cmd Command) error { // want audit:`requests\(\{\$1536\} https://audit.example.com\{\$1537\}\)`
	req, err := http.NewRequestWithContext(ctx, cmd.Method(), "https://audit.example.com"+cmd.Path(), nil)
	if err != nil {
		return err
	}
	_, err = b.client.Do(req)
	return err
}

func kind(cmd Command) string {
	switch cmd.(type) {
	case commands.FetchCallLog:
		return "call-log"
	case commands.SendSMS:
		return "sms"
	}
	return "other"
}
