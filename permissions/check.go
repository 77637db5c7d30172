package permissions

import (
	"fmt"
	"strings"
)

// ParseScope returns the permissions in an OAuth token's scope, which
// RingCentral gives as names separated by spaces ("ReadCallLog
// ReadAccounts"). Names that are not app permissions are ignored: a scope
// may carry other grants, and they cannot satisfy a permission requirement.
func ParseScope(scope string) Set {
	var s Set
	r := loadRegistry()
	for _, name := range strings.Fields(scope) {
		if i, ok := r.byName[Permission(name)]; ok {
			s |= 1 << i
		}
	}
	return s
}

// Check tells, before a call, whether RingCentral would accept it from a
// token with the given scope. It is the runtime twin of rcperm's static
// check, for code whose routes are only known at run time:
//
//	if err := permissions.Check(token.Scope, http.MethodGet, url); err != nil {
//		return err // *InsufficientPermissionsError: what RingCentral would answer
//	}
//
// It returns nil when the scope grants what the operation needs, or when the
// URL is not RingCentral's; an *InsufficientPermissionsError when it does
// not; and a *NoSuchOperationError for a RingCentral path that no operation
// has.
func Check(scope, method, url string) error {
	m := Lookup(method, url)
	switch m.Verdict {
	case NotRingCentral:
		return nil
	case NoSuchOperation:
		return &NoSuchOperationError{Method: method, URL: url, Nearest: m.Nearest, WrongMethod: m.WrongMethod}
	}
	granted := ParseScope(scope)
	var missing Set
	for _, op := range m.Candidates {
		missing |= granted.Missing(op.Requires)
	}
	if missing == 0 {
		return nil
	}
	return newInsufficientPermissions(m.Operation(), missing)
}

// InsufficientPermissionsError is RingCentral's 403 answer to a call whose
// app lacks a permission. It marshals to JSON exactly as RingCentral's body.
type InsufficientPermissionsError struct {
	ErrorCode      string            `json:"errorCode"`
	Message        string            `json:"message"`
	Errors         []PermissionError `json:"errors"`
	PermissionName Permission        `json:"permissionName"`

	// Operation is the operation refused; nil when the URL could be several.
	Operation *Operation `json:"-"`
	// Missing is every permission the call lacks. RingCentral's body names
	// one (the first); the errors list has an entry for each.
	Missing Set `json:"-"`
}

// PermissionError is one entry of the errors list of a 403 body.
type PermissionError struct {
	ErrorCode      string     `json:"errorCode"`
	Message        string     `json:"message"`
	PermissionName Permission `json:"permissionName"`
}

func newInsufficientPermissions(op *Operation, missing Set) *InsufficientPermissionsError {
	names := missing.Permissions()
	e := &InsufficientPermissionsError{
		ErrorCode:      "InsufficientPermissions",
		Message:        permissionMessage(names[0]),
		PermissionName: names[0],
		Operation:      op,
		Missing:        missing,
	}
	for _, p := range names {
		e.Errors = append(e.Errors, PermissionError{ErrorCode: "CMN-401", Message: permissionMessage(p), PermissionName: p})
	}
	return e
}

// permissionMessage is RingCentral's wording, verbatim.
func permissionMessage(p Permission) string {
	return "In order to call this API endpoint, application needs to have [" + string(p) + "] permission"
}

func (e *InsufficientPermissionsError) Error() string {
	return "403 " + e.ErrorCode + " (CMN-401): " + e.Message
}

// NoSuchOperationError reports a RingCentral path that no operation has.
type NoSuchOperationError struct {
	Method, URL string
	Nearest     *Operation
	WrongMethod bool
}

func (e *NoSuchOperationError) Error() string {
	what := "no such RingCentral operation"
	if e.WrongMethod {
		what = "RingCentral has this path, but not with method " + e.Method
	}
	msg := fmt.Sprintf("%s %s: %s", e.Method, e.URL, what)
	if e.Nearest != nil {
		msg += "; did you mean " + e.Nearest.String() + "?"
	}
	return msg
}
