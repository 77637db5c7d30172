// Package work runs what it is handed over what it is handed: no route of // want package:`needs\(\[\]\) wrappers=true module=""`
// its own, and nothing it imports makes a request.
package work

import "context"

// Each calls f with each item.
func Each[T any](items []T, f func(T) error) error { // want Each:`callbacks\(1\)`
	for _, it := range items {
		if err := f(it); err != nil {
			return err
		}
	}
	return nil
}

// Retry calls op with the API's root before path, up to three times.
func Retry(ctx context.Context, path string, op func(context.Context, string) error) error { // want Retry:`requests\(via \$2\(\{\}, /restapi/v1\.0\{\$1\}\)\)` Retry:`callbacks\(1\)`
	var err error
	for range 3 {
		if err = op(ctx, "/restapi/v1.0"+path); err == nil {
			return nil
		}
	}
	return err
}
