// Package core stands in for
// github.com/grokify/ringcentral-sdk-go/rcsdk/core v0.3.10, only because
// platform.NewPlatform takes a core.Context.
package core

// Context is the real (empty) context type.
type Context struct{}

// NewContext has the real signature.
func NewContext() Context {
	return Context{}
}
