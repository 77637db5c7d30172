package permissions

import (
	"fmt"
	"slices"
	"strings"

	"github.com/rcperm/rcperm/internal/clip"
)

// KnownUserPermission reports whether name is a user permission some
// operation needs (one of UserPermissions).
func KnownUserPermission(name string) bool {
	_, found := slices.BinarySearch(UserPermissions(), name)
	return found
}

// UnknownUserPermission says that name is no user permission of
// RingCentral's operations and which one it most likely meant, as
// UnknownPermission does for app permissions.
func UnknownUserPermission(name string) string {
	const maxNear = 64 // as in suggest: no user permission is half this long
	near := ""
	if len(name) <= maxNear {
		near = nearestName(name, slices.Values(UserPermissions()))
	}
	msg := fmt.Sprintf("unknown user permission %q: ", clip.String(name))
	switch {
	case near == "":
		return msg + "use the names of the permissions of the user's role, as RingCentral's CMN-408 errors name them, such as ReadCallLog"
	case strings.EqualFold(near, name):
		return msg + fmt.Sprintf("user permission names are case-sensitive, did you mean %s?", near)
	}
	return msg + fmt.Sprintf("did you mean %s?", near)
}
