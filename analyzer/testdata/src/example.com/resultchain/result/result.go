// Package result is a generic result type whose steps call the functions
// they are handed with the value a result carries.
package result

// Result carries a value or an error through a chain of steps.
type Result[T any] struct {
	value T
	err   error
}

func Of[T any](v T) Result[T] { return Result[T]{value: v} } // want Of:`effects\(result 1 fields, receiver 0 fields\)`

func Fail[T any](err error) Result[T] { return Result[T]{err: err} } // want Fail:`effects\(result 1 fields, receiver 0 fields\)`

// Then runs f on r's value, unless r failed.
func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] { // want Then:`callbacks\(1\)` Then:`effects\(result 1 fields, receiver 0 fields\)`
	if r.err != nil {
		return Fail[U](r.err)
	}
	u, err := f(r.value)
	if err != nil {
		return Fail[U](err)
	}
	return Of(u)
}

// Later keeps f for a caller to run with values of its own.
func Later[T any](f func(T) error) func(T) error { return f }

func (r Result[T]) Get() (T, error) { return r.value, r.err }
