package flow

import (
	"go/constant"
	"go/types"
	"slices"
	"testing"
)

// TestSpecialized: a route builder taking an enum, for one of its
// constants: its table's segment, its switch's scope, through a method
// that passes its variadic list on.
func TestSpecialized(t *testing.T) {
	tp := buildTest(t, `
import "strings"
type Route int
const (
	RouteToken Route = iota
	RouteCallLog
	RoutePresence
)
var routeSegments = [...]string{RouteToken: "oauth/token", RouteCallLog: "call-log", RoutePresence: "presence"}
type Scope int
const (
	ScopeOAuth Scope = iota
	ScopeAccount
	ScopeExtension
)
var defaultScope = [...]Scope{RouteToken: ScopeOAuth, RouteCallLog: ScopeExtension, RoutePresence: ScopeExtension}
type Client struct{ accountID, extensionID string }
func (c *Client) Path(r Route, tail ...string) string {
	return c.PathIn(defaultScope[r], r, tail...)
}
func (c *Client) PathIn(s Scope, r Route, tail ...string) string {
	var parts []string
	switch s {
	case ScopeOAuth:
		parts = []string{"/restapi", routeSegments[r]}
	case ScopeAccount:
		parts = []string{"/restapi", "v1.0", "account", c.accountID, routeSegments[r]}
	default:
		parts = []string{"/restapi", "v1.0", "account", c.accountID, "extension", c.extensionID, routeSegments[r]}
	}
	parts = append(parts, tail...)
	return strings.Join(parts, "/")
}
`)
	client := tp.pkg.Scope().Lookup("Client").Type().(*types.Named)
	var path *types.Func
	for i := range client.NumMethods() {
		if m := client.Method(i); m.Name() == "Path" {
			path = m
		}
	}
	for _, tc := range []struct {
		route    int64
		variadic int
		want     []string
	}{
		{0, 0, []string{"/restapi/oauth/token"}},
		{1, 0, []string{"/restapi/v1.0/account/{p.Client.accountID}/extension/{p.Client.extensionID}/call-log"}},
		{2, 1, []string{"/restapi/v1.0/account/{p.Client.accountID}/extension/{p.Client.extensionID}/presence/{$1}"}},
	} {
		// Position 1: the receiver is position 0.
		strs, ok := tp.prog.Specialized(path, map[int]constant.Value{1: constant.MakeInt64(tc.route)}, tc.variadic)
		if got := renderAll(strs); !ok || !slices.Equal(got, tc.want) {
			t.Errorf("Specialized(Path, route %d, %d variadic) = %q, %v; want %q", tc.route, tc.variadic, got, ok, tc.want)
		}
	}
}

// TestSpecializedSwitch: an enum's method that switches on its receiver
// returns, for one constant, its case's route only; a case that formats
// arguments it is not given has no route with none.
func TestSpecializedSwitch(t *testing.T) {
	tp := buildTest(t, `
import "fmt"
type Write int
const (
	SendSMS Write = iota
	PostToChat
)
func (w Write) Path(args ...any) string {
	switch w {
	case SendSMS:
		return "/restapi/v1.0/account/~/extension/~/sms"
	case PostToChat:
		return fmt.Sprintf("/team-messaging/v1/chats/%s/posts", args...)
	}
	panic("no such write")
}
`)
	path := tp.method("Write", "Path")
	for _, tc := range []struct {
		write    int64
		variadic int
		want     []string
		ok       bool
	}{
		{0, 0, []string{"/restapi/v1.0/account/~/extension/~/sms"}, true},
		{0, 1, []string{"/restapi/v1.0/account/~/extension/~/sms"}, true},
		{1, 1, []string{"/team-messaging/v1/chats/{$0}/posts"}, true},
		{1, 0, nil, false},
	} {
		strs, ok := tp.prog.Specialized(path, map[int]constant.Value{0: constant.MakeInt64(tc.write)}, tc.variadic)
		if got := renderAll(strs); ok != tc.ok || !slices.Equal(got, tc.want) {
			t.Errorf("Specialized(Path, write %d, %d variadic) = %q, %v; want %q, %v", tc.write, tc.variadic, got, ok, tc.want, tc.ok)
		}
	}
}
