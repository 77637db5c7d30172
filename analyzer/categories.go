package analyzer

// Categories of rcperm's diagnostics.
const (
	CategoryMissingPermission     = "missing-permission"
	CategoryUnknownOperation      = "unknown-operation"
	CategoryDeprecatedOperation   = "deprecated-operation"
	CategoryUnknownEventFilter    = "unknown-event-filter"
	CategoryMissingUserPermission = "missing-user-permission"
	CategoryAmbiguousRoute        = "ambiguous-route"
	CategoryUnresolvedRequest     = "unresolved-request"
	CategoryUnusedPermission      = "unused-permission"
	CategoryManifest              = "manifest"
	CategoryIgnore                = "ignore"
)

// A CategoryInfo describes one category of finding to users: the SARIF
// rules, `rcperm help` and the README's table of categories are written
// from it.
type CategoryInfo struct {
	Name string // the diagnostics' Category
	// Level is how grave a finding is: "error" (the request fails at run
	// time, or nothing could be checked) or "warning".
	Level string
	// Summary is one line, without a final period.
	Summary string
	// Description is a paragraph of plain text.
	Description string
	// Help is markdown: what the finding means and how to fix it.
	Help string
}

// Categories are rcperm's categories, in the order of the SARIF log's rule
// indexes.
var Categories = []CategoryInfo{
	{
		Name:    CategoryMissingPermission,
		Level:   "error",
		Summary: "Call needs an app permission that rcperm.yaml does not grant",
		Description: "The RingCentral API operation this call reaches needs an app permission (OAuth scope) " +
			"that the app's rcperm.yaml does not grant. At run time RingCentral answers " +
			"403 InsufficientPermissions (CMN-401).",
		Help: "The RingCentral API operation this call reaches needs an app permission that the app " +
			"does not have, according to its `rcperm.yaml`. RingCentral will refuse the request with " +
			"`403 InsufficientPermissions` (error code `CMN-401`).\n\n" +
			"To fix it, either:\n\n" +
			"- grant the permission: add it to the app in the RingCentral Developer Console and to the " +
			"`permissions` (or `scope`) of `rcperm.yaml`; or\n" +
			"- remove the call, if the app should not make it.\n\n" +
			"If the finding is wrong, silence it with `//rcperm:ignore <reason>` on the line of the call " +
			"or the line above.",
	},
	{
		Name:    CategoryUnknownOperation,
		Level:   "error",
		Summary: "Request to a RingCentral route that no API operation has",
		Description: "The request goes to a RingCentral API path that no operation has, or uses a method " +
			"the path does not support. RingCentral will answer it with an error. The message " +
			"suggests the nearest operation.",
		Help: "The request's path is under RingCentral's API, but no operation of the API has this " +
			"path, or the path has no operation for this HTTP method. The request will fail at run " +
			"time (typically `404` or `405`).\n\n" +
			"To fix it, correct the path or the method: the message names the nearest operation. " +
			"If the route is right and rcperm's operation table is out of date, silence the finding " +
			"with `//rcperm:ignore <reason>` and report it.",
	},
	{
		Name:    CategoryDeprecatedOperation,
		Level:   "warning",
		Summary: "Request to a legacy route missing from RingCentral's current API reference",
		Description: "The request goes to a route that RingCentral's current API reference no longer lists " +
			"but that RingCentral still serves (legacy Glip, RingOut, call-log deletion, ...). It needs the " +
			"permission named in the message, which also counts for missing-permission.",
		Help: "The request's route is missing from RingCentral's current API reference, but the older " +
			"specification the generated Go SDK was built from has it, and RingCentral still serves " +
			"it: it needs the app permission the message names (legacy names mapped to today's, such " +
			"as `Glip` to `TeamMessaging`). rcperm checks that permission like any other, so a " +
			"missing one is also a `missing-permission` finding.\n\n" +
			"To fix it, move to the current operation that replaces the route, if there is one; " +
			"otherwise keep the permission granted and silence this finding with " +
			"`//rcperm:ignore <reason>` or `-disable=deprecated-operation`.",
	},
	{
		Name:    CategoryAmbiguousRoute,
		Level:   "warning",
		Summary: "Route may reach operations needing permissions the app does not grant",
		Description: "Parts of the route known only at run time leave several RingCentral operations that " +
			"need different permissions, and the app does not grant some of them.",
		Help: "rcperm could not tell which RingCentral operation the request reaches: parts of its " +
			"route are known only at run time (a variable segment, a computed path), and the " +
			"operations it may reach need different permissions, some of which `rcperm.yaml` does " +
			"not grant. Depending on the run-time value, RingCentral may answer " +
			"`403 InsufficientPermissions`.\n\n" +
			"To fix it, build the route from constants so rcperm can resolve it, grant the " +
			"permissions of every operation it may reach, or, if the run-time value never reaches " +
			"those operations, silence it with `//rcperm:ignore <reason>`.",
	},
	{
		Name:    CategoryUnusedPermission,
		Level:   "warning",
		Summary: "Granted permission that no request of the app's packages needs",
		Description: "rcperm.yaml grants a permission that no RingCentral request of the packages it governs " +
			"needs, or one broader than what they use it for. Judged over the whole analyzed set, so " +
			"only standalone rcperm and rcperm sarif report it; go vet and golangci-lint do not.",
		Help: "The app is granted a permission that no RingCentral request of the packages its " +
			"`rcperm.yaml` governs needs, or a broader permission than the one their requests need " +
			"(for example `EditCallLog` where only `ReadCallLog` is used). Least privilege: an app " +
			"should hold only the permissions it uses.\n\n" +
			"rcperm judges this per manifest, over every package of the analyzed set that the " +
			"manifest governs (every program and library of the app), and reports it once, at the " +
			"grant's line. It never reports a permission that a route string rcperm sees but cannot " +
			"follow to a request may need (see `rcperm explain -unfollowed`). A call silenced by " +
			"`//rcperm:ignore` is no need: the ignore keeps its grant out of the app.\n\n" +
			"To fix it, remove the permission (or replace it with the narrower one) in `rcperm.yaml` " +
			"and in the app's settings in the RingCentral Developer Console; `rcperm manifest -w " +
			"./...` does it in place. Run rcperm on every package of the app (`./...`): a program " +
			"left out of the analyzed set does not count. If a process outside the analyzed code uses " +
			"the permission, keep it on purpose: list it under `keep:` in `rcperm.yaml` with a reason, " +
			"as in `keep: [{permission: ReadAccounts, reason: \"the export job reads accounts\"}]`.",
	},
	{
		Name:    CategoryManifest,
		Level:   "error",
		Summary: "App permissions cannot be read: rcperm.yaml is missing, unreadable or invalid",
		Description: "rcperm cannot read the app's permissions: rcperm.yaml is missing, unreadable or " +
			"invalid. rcperm fails closed and reports every package it cannot check.",
		Help: "rcperm reads the app's permissions from the nearest `rcperm.yaml` above the package, up " +
			"to its module root, or from `-manifest`, `-permissions` or `-scope`. It could not: the " +
			"file is missing, unreadable, or invalid (bad YAML, an unknown permission). rcperm fails " +
			"closed: it reports this instead of passing code it cannot check.\n\n" +
			"To fix it, write one from the code with `rcperm manifest -w ./...` at the module root and " +
			"grant the same permissions to the app in the RingCentral Developer Console, or correct " +
			"`rcperm.yaml` so that it lists the app's permissions there, for example\n\n" +
			"```yaml\npermissions: [ReadCallLog, ReadAccounts]\n```\n\n" +
			"This finding cannot be silenced with `//rcperm:ignore`.",
	},
	{
		Name:    CategoryIgnore,
		Level:   "warning",
		Summary: "//rcperm:ignore or //rcperm:route directive that is malformed, stale or does nothing",
		Description: "An //rcperm:ignore directive has no reason, or silences no finding on its line or " +
			"the next; or an //rcperm:route directive is malformed, stands at no unresolved request, or " +
			"names the operation of a request rcperm now resolves itself.",
		Help: "A `//rcperm:ignore` directive silences the findings of its line and the line below, " +
			"and must say why: `//rcperm:ignore <reason>`. This one either has no reason (and " +
			"silences nothing) or has no finding to silence (the code changed, or the directive " +
			"is misplaced).\n\n" +
			"To fix it, write the reason after the directive, move it to the line of the finding or " +
			"the line above, or remove it.\n\n" +
			"A `//rcperm:route METHOD PATH` directive names an operation of an unresolved request on its " +
			"line or the next. Once rcperm resolves the request itself, the directive is stale: remove it.",
	},
	{
		Name:    CategoryMissingUserPermission,
		Level:   "error",
		Summary: "Call needs a user permission that the role in rcperm.yaml's user-permissions does not grant",
		Description: "rcperm.yaml declares, with user-permissions, what the role of the user the app runs as grants, " +
			"and the operation this call reaches needs a user permission that role does not grant. At run time " +
			"RingCentral answers 403 (CMN-408).",
		Help: "Besides the app's permissions, RingCentral checks the role of the user the access token " +
			"belongs to. `rcperm.yaml` declares that role's permissions with `user-permissions`, and the " +
			"operation this call reaches needs a user permission (the spec's `x-user-permission`) the role " +
			"does not grant. RingCentral will refuse the request with `403` error code `CMN-408`, \"In order " +
			"to call this API endpoint, user needs to have [...] permission for requested resource.\"\n\n" +
			"To fix it, either:\n\n" +
			"- give the user a role with the permission, in the RingCentral Admin Portal, and add it to " +
			"`user-permissions`; or\n" +
			"- remove the call, or make it as a user who has the permission.\n\n" +
			"Without `user-permissions` in `rcperm.yaml`, rcperm does not check user permissions.",
	},
	{
		Name:    CategoryUnknownEventFilter,
		Level:   "error",
		Summary: "Subscription event filter that RingCentral does not have",
		Description: "A subscription's event filter matches none of RingCentral's documented event filters and " +
			"the path of no API operation. RingCentral rejects the subscription. The message suggests the " +
			"nearest filter. Also: a filter RingCentral has, but for which neither its documentation nor its " +
			"spec names the app permission it needs, which rcperm reports rather than pass.",
		Help: "The subscription's `eventFilters` hold a filter that is neither one of the event filters " +
			"RingCentral documents nor the path of an API operation. RingCentral will reject the " +
			"subscription (`400 SUB-508` Invalid event filters), and the app will receive no " +
			"notifications.\n\n" +
			"To fix it, correct the filter: the message names the nearest documented one. If the filter " +
			"is right and rcperm's table of event filters is out of date, silence the finding with " +
			"`//rcperm:ignore <reason>` and report it.\n\n" +
			"A filter RingCentral has but whose permission nothing names (the message says so: the " +
			"missed-calls filter, the SMS v2 filters) cannot be checked: make sure the app's permissions " +
			"let it subscribe, then silence the finding with `//rcperm:ignore <reason>`.",
	},
	{
		Name:    CategoryUnresolvedRequest,
		Level:   "warning",
		Summary: "Request to RingCentral whose operation rcperm cannot tell",
		Description: "The request goes to RingCentral, but the part of its URL that decides the operation is " +
			"known only at run time, so rcperm cannot check its permission. Until no request is unresolved, " +
			"rcperm gives no advice to remove a grant.",
		Help: "rcperm found a request to RingCentral (its host, or a path only RingCentral serves, says so) " +
			"but cannot tell which API operation it calls: the rest of its route is computed at run time " +
			"(read from configuration, built by code rcperm does not follow, passed through an interface " +
			"or a function value). Its permission is not checked, and because any grant may be the one it " +
			"needs, rcperm does not report unused permissions for the app while such a request is left " +
			"(it says so at the manifest instead).\n\n" +
			"To fix it, either:\n\n" +
			"- build the route from constants, so that rcperm follows it; or\n" +
			"- name the operations the request calls with one directive a line, on the line of the request " +
			"or just above it: `//rcperm:route GET /restapi/v1.0/account/~/call-log`. rcperm checks each " +
			"route like any other and reports the directive once it resolves the request itself; or\n" +
			"- if it is no RingCentral request, say so with `//rcperm:ignore <reason>`.\n\n" +
			"Requests that may not go to RingCentral at all (a URL wholly computed at run time) are not " +
			"reported one by one, but count the same: `rcperm explain -unresolved ./...` lists them all.",
	},
}

// LookupCategory returns the category of that name.
func LookupCategory(name string) (CategoryInfo, bool) {
	for _, c := range Categories {
		if c.Name == name {
			return c, true
		}
	}
	return CategoryInfo{}, false
}
