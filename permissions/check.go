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
// has. A legacy route (Deprecated) is checked as a current one: RingCentral
// still refuses it without its permission.
func Check(scope, method, url string) error {
	m, err := lookupToCheck(method, url)
	if err != nil {
		return err
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

// lookupToCheck looks up the request Check or CheckUser checks: its
// candidates (none when the URL is not RingCentral's, which leaves nothing
// to check), or a *NoSuchOperationError.
func lookupToCheck(method, url string) (Match, error) {
	m := Lookup(method, url)
	if m.Verdict == NoSuchOperation {
		return m, &NoSuchOperationError{Method: method, URL: url, Nearest: m.Nearest, WrongMethod: m.WrongMethod}
	}
	return m, nil
}

// InsufficientPermissionsError is RingCentral's 403 answer to a call whose
// app lacks a permission. It marshals to JSON exactly as RingCentral's body.
type InsufficientPermissionsError struct {
	forbiddenBody

	// Operation is the operation refused; nil when the URL could be several.
	Operation *Operation `json:"-"`
	// Missing is every permission the call lacks. RingCentral's body names
	// one (the first); the errors list has an entry for each.
	Missing Set `json:"-"`
}

// forbiddenBody is RingCentral's 403 body for a missing permission, of the
// app (CMN-401) or of the user (CMN-408).
type forbiddenBody struct {
	ErrorCode      string            `json:"errorCode"`
	Message        string            `json:"message"`
	Errors         []PermissionError `json:"errors"`
	PermissionName Permission        `json:"permissionName"`
}

// PermissionError is one entry of the errors list of a 403 body.
type PermissionError struct {
	ErrorCode      string     `json:"errorCode"`
	Message        string     `json:"message"`
	PermissionName Permission `json:"permissionName"`
}

// newForbiddenBody names the first of the missing permissions, as
// RingCentral does, and lists each under code with its message.
func newForbiddenBody(code string, message func(Permission) string, missing []Permission) forbiddenBody {
	b := forbiddenBody{ErrorCode: "InsufficientPermissions", Message: message(missing[0]), PermissionName: missing[0]}
	for _, p := range missing {
		b.Errors = append(b.Errors, PermissionError{ErrorCode: code, Message: message(p), PermissionName: p})
	}
	return b
}

func newInsufficientPermissions(op *Operation, missing Set) *InsufficientPermissionsError {
	return &InsufficientPermissionsError{
		forbiddenBody: newForbiddenBody("CMN-401", permissionMessage, missing.Permissions()),
		Operation:     op,
		Missing:       missing,
	}
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
