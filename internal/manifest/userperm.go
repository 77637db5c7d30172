package manifest

import (
	"gopkg.in/yaml.v3"

	"github.com/rcperm/rcperm/permissions"
)

// userPermissionsKey declares what the role of the user the app runs as
// grants (RingCentral's user permissions, checked with 403 CMN-408), for
// apps that call the API as one known user:
//
//	user-permissions: [ReadCallLog, FullCompanyCallLog]
const userPermissionsKey = "user-permissions"

// userPermissions reads the user-permissions list. An empty list is a
// role that grants none of them.
func (p *manifestParser) userPermissions(v *yaml.Node) error {
	p.m.DeclaresUser = true
	if isNull(v) {
		return p.errAtNode(v, "user-permissions is empty: list the permissions of the role of the user your app runs as, such as [ReadCallLog, FullCompanyCallLog], or [] for none")
	}
	if v.Kind != yaml.SequenceNode {
		return p.errAtNode(v, "user-permissions is %s, want a list of user permission names such as [ReadCallLog, FullCompanyCallLog]", describe(v))
	}
	seen := map[string]*yaml.Node{}
	p.m.UserPermissions = []string{}
	for _, item := range v.Content {
		if !isString(item) {
			return p.errAtNode(item, "user-permissions item is %s, want a user permission name such as FullCompanyCallLog", describe(item))
		}
		if !permissions.KnownUserPermission(item.Value) {
			return p.errAtNode(item, "%s", permissions.UnknownUserPermission(item.Value))
		}
		if first, dup := seen[item.Value]; dup {
			return p.errAtNode(item, "user permission %s listed twice: first at line %d, column %d, list it once", item.Value, first.Line, first.Column)
		}
		seen[item.Value] = item
		p.m.UserPermissions = append(p.m.UserPermissions, item.Value)
	}
	return nil
}
