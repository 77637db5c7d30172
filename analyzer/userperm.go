package analyzer

import (
	"errors"
	"fmt"

	"github.com/rcperm/rcperm/internal/clip"
	"github.com/rcperm/rcperm/permissions"
)

// checkUserPermissions reports, when the manifest declares what the role
// of the user the app runs as grants (user-permissions), each request whose
// operation needs a user permission the role lacks: RingCentral's other
// 403, CMN-408. Without the declaration nothing is reported.
func (r *reporter) checkUserPermissions(sites []site) {
	for _, st := range sites {
		op := st.match.Operation()
		if !resolved(st.match) || op == nil || op.UserPermission == "" {
			continue
		}
		g := r.app(st.pos())
		if g == nil || g.user == nil {
			return
		}
		method, url := st.req.Method.render(), st.req.URL.render()
		var refused *permissions.InsufficientUserPermissionsError
		if errors.As(permissions.CheckUser(g.user, method, url), &refused) {
			r.report(st, CategoryMissingUserPermission, fmt.Sprintf("%s %s (%s) needs the user permission %s, which the user-permissions of %s do not grant: RingCentral answers 403 CMN-408 %q",
				clip.Route(method), clip.Route(displayRoute(url, st.match)), op.ID, refused.PermissionName, g.source, refused.Message))
			r.subjects[len(r.subjects)-1].UserPermission = string(refused.PermissionName)
		}
	}
}
