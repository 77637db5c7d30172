// Package svc calls RingCentral through rc.Doer, and sees no
// implementation of it: each call is late-bound, resolved where main wires
// the client in.
package svc

import (
	"context"

	"latebound/rc"
)

type Service struct {
	C rc.Doer
	L rc.Logger
}

// Sync hands the route to the interface itself.
func (s *Service) Sync(ctx context.Context) error {
	return s.C.Do(ctx, "GET", "/restapi/v1.0/account/~/call-log")
}

// get forwards its caller's route to the interface.
func (s *Service) get(ctx context.Context, path string) error {
	return s.C.Do(ctx, "GET", path)
}

func (s *Service) Presence(ctx context.Context) error {
	return s.get(ctx, "/restapi/v1.0/account/~/extension/~/presence")
}

// Purge's extension comes from its caller.
func (s *Service) Purge(ctx context.Context, ext string) error {
	return s.C.Do(ctx, "DELETE", "/restapi/v1.0/account/~/extension/"+ext+"/call-log")
}

// Note only logs a route: no implementation of rc.Logger requests it.
func (s *Service) Note() {
	s.L.Log("/restapi/v1.0/account/~/extension/~/fax")
}
