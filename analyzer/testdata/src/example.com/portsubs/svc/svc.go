package svc // want package:`needs\(\[\]\) wrappers=true module=""`

// Package svc subscribes through the port; main wires the adapter in.

import (
	"context"

	"example.com/portsubs/port"
)

var EventFilters = []string{ // want EventFilters:`list\(2 elements\)`
	"/restapi/v1.0/account/~/telephony/sessions",
	"/restapi/v1.0/account/~/extension/~/message-store",
}

type Service struct {
	Events port.EventSource
	Tags   port.Tagger
}

func (s *Service) Start(ctx context.Context, webhook string) error { // want Start:`requests\(via Subscribe\(\{\}, \{\$1\}, \{\}\)\)`
	if err := s.Tags.Tag(ctx, []string{"/restapi/v1.0/account/~/call-log"}); err != nil {
		return err
	}
	return s.Events.Subscribe(ctx, webhook, EventFilters)
}
