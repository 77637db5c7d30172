package permissions

import (
	"slices"
	"strings"
	"sync"
)

// CheckUser is Check for the other 403: besides the app's permissions,
// RingCentral checks the role of the user the token belongs to, and refuses
// an operation whose user permission (Operation.UserPermission, the spec's
// x-user-permission, such as FullCompanyCallLog) the role lacks with 403
// CMN-408. userPermissions are what the user's role grants, as RingCentral
// names them; the role's permissions have no inclusion rcperm knows, so
// each must be named.
//
// It returns nil when the role grants what the operation needs, or the
// operation needs no user permission, or the URL is not RingCentral's; an
// *InsufficientUserPermissionsError when the role lacks it; and a
// *NoSuchOperationError for a RingCentral path that no operation has.
func CheckUser(userPermissions []string, method, url string) error {
	m, err := lookupToCheck(method, url)
	if err != nil {
		return err
	}
	isGranted := func(p string) bool { return slices.Contains(userPermissions, p) }
	var missing []Permission
	seen := map[string]bool{}
	for _, op := range m.Candidates {
		if p := op.UserPermission; p != "" && !slices.ContainsFunc(op.UserPermissionAlternatives(), isGranted) && !seen[p] {
			seen[p] = true
			missing = append(missing, Permission(p))
		}
	}
	if len(missing) == 0 {
		return nil
	}
	return &InsufficientUserPermissionsError{
		forbiddenBody: newForbiddenBody("CMN-408", userPermissionMessage, missing),
		Operation:     m.Operation(),
	}
}

// InsufficientUserPermissionsError is RingCentral's 403 answer to a call
// whose user lacks a permission of their role (CMN-408). It marshals to
// JSON as RingCentral's body does. Its PermissionName and the errors' name
// user permissions (FullCompanyCallLog), not app permissions.
type InsufficientUserPermissionsError struct {
	forbiddenBody

	// Operation is the operation refused; nil when the URL could be several.
	Operation *Operation `json:"-"`
}

// userPermissionMessage is RingCentral's CMN-408 wording, verbatim.
func userPermissionMessage(p Permission) string {
	return "In order to call this API endpoint, user needs to have [" + string(p) + "] permission for requested resource."
}

func (e *InsufficientUserPermissionsError) Error() string {
	return "403 " + e.ErrorCode + " (CMN-408): " + e.Message
}

// UserPermissions returns the user permissions operations need, current and
// legacy, each alternative on its own, sorted: the names a manifest can
// declare the authorizing user's role grants (Operation.UserPermission).
// The result is shared: do not modify it.
func UserPermissions() []string { return loadUserPermissions() }

var loadUserPermissions = sync.OnceValue(func() []string {
	var names []string
	for _, ops := range [][]*Operation{Operations(), LegacyOperations()} {
		for _, op := range ops {
			names = append(names, op.UserPermissionAlternatives()...)
		}
	}
	slices.Sort(names)
	return slices.Compact(names)
})

// UserPermissionAlternatives returns the user permissions any one of which
// lets a role call the operation: its UserPermission, or the names the spec
// joins with " OR "; nil when it needs none.
func (op *Operation) UserPermissionAlternatives() []string {
	if op.UserPermission == "" {
		return nil
	}
	return strings.Split(op.UserPermission, " OR ")
}
