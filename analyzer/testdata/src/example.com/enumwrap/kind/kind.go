package kind // want package:`needs\(\[\]\) wrappers=true module=""`

// Package kind names the resources an app reads, as an enum whose Path
// reads an array at the constant, and the writes, as an enum whose Path
// and Method switch on it.

import "fmt"

type Resource int

const (
	CallLog Resource = iota
	Extensions
	QueueMembers // the queue's id is Path's argument
	count
)

var paths = [...]string{
	CallLog:      "/restapi/v1.0/account/~/call-log",
	Extensions:   "/restapi/v1.0/account/~/extension",
	QueueMembers: "/restapi/v1.0/account/~/call-queues/%s/members",
}

func (r Resource) Path(args ...any) string { // want Path:`route\(\) specialized\(4\)`
	if r < 0 || r >= count {
		panic(fmt.Sprintf("kind: no resource %d", int(r)))
	}
	if len(args) == 0 {
		return paths[r]
	}
	return fmt.Sprintf(paths[r], args...)
}

type Write int

const (
	SendSMS Write = iota
	SetPresence
)

func (w Write) Method() string { // want Method:`route\(\) specialized\(2\)`
	if w == SetPresence {
		return "PUT"
	}
	return "POST"
}

func (w Write) Path() string { // want Path:`route\(\) or /restapi/v1\.0/account/~/extension/~/sms or /restapi/v1\.0/account/~/extension/~/presence specialized\(2\)`
	switch w {
	case SendSMS:
		return "/restapi/v1.0/account/~/extension/~/sms"
	case SetPresence:
		return "/restapi/v1.0/account/~/extension/~/presence"
	}
	panic("kind: no write")
}
