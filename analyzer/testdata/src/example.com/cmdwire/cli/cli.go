package cli

// Package cli runs commands declared as values: each Run closure calls the
// API through an interface the program wires in, and nothing calls Run
// by name.

import (
	"context"
	"fmt"
	"io"
)

type Caller interface {
	Call(ctx context.Context, method, path string) error
}

type Env struct {
	API Caller
	Out io.Writer
}

type Command struct {
	Name string
	Run  func(ctx context.Context, env *Env, args []string) error
}

func Execute(ctx context.Context, cmds []*Command, env *Env, args []string) error {
	for _, c := range cmds {
		if len(args) > 0 && c.Name == args[0] {
			return c.Run(ctx, env, args[1:])
		}
	}
	return fmt.Errorf("unknown command")
}

// DryRun prints routes instead of calling them.
type DryRun struct{ W io.Writer }

func (d DryRun) Call(_ context.Context, method, path string) error {
	_, err := fmt.Fprintln(d.W, method, path)
	return err
}
