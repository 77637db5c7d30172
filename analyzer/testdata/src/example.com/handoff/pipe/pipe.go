package pipe

// Package pipe runs a function over items: it calls what it is given with
// what it is given, where no fact follows.

import "context"

func Each[T any](ctx context.Context, items []T, f func(context.Context, T) error) error { // want Each:`callbacks\(1\)`
	for _, it := range items {
		if err := f(ctx, it); err != nil {
			return err
		}
	}
	return nil
}
