// Package bus dispatches commands by name to handlers feature packages
// register: no handler is ever called by name.
package bus

import (
	"context"

	"example.com/portstruct/port"
)

type Command struct{ Name, ID string }

type Handler func(ctx context.Context, p port.Port, c Command) error

var handlers = map[string]Handler{}

func Register(name string, h Handler) { handlers[name] = h }

type Bus struct{ Port port.Port }

func (b *Bus) Dispatch(ctx context.Context, c Command) error {
	if h, ok := handlers[c.Name]; ok {
		return h(ctx, b.Port, c)
	}
	return nil
}
