// Package rc declares the interfaces a service calls RingCentral through;
// nothing here implements them.
package rc

import "context"

// Doer sends a request to RingCentral's API.
type Doer interface {
	Do(ctx context.Context, method, path string) error
}

// Logger only logs what it is given.
type Logger interface {
	Log(msg string)
}
