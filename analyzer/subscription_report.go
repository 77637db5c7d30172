package analyzer

import (
	"fmt"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/rcperm/rcperm/internal/clip"
	"github.com/rcperm/rcperm/permissions"
)

// checkSubscriptions reports the event filters and transports of
// subscriptions the app lacks permissions for, and the filters RingCentral
// does not have.
func (r *reporter) checkSubscriptions(items []subscriptionItem) {
	for _, it := range items {
		if it.transport == "" && it.match.Verdict == permissions.UnknownFilter {
			if strings.Contains(it.filter, "{}") {
				continue // a part computed at run time may be what makes it a filter
			}
			r.reportItem(it, CategoryUnknownEventFilter, unknownFilterMessage(it))
			continue
		}
		if it.transport == "" && it.match.PermissionUnknown() {
			// RingCentral has the filter, but nothing says what it needs:
			// reported, never passed as needing nothing.
			r.reportItem(it, CategoryUnknownEventFilter, unknownFilterPermissionMessage(it))
			continue
		}
		if it.needs() == 0 {
			continue
		}
		g := r.app(it.node.Pos())
		if g == nil || !it.missing(g.granted) {
			continue
		}
		r.reportItem(it, CategoryMissingPermission, subscriptionMissingMessage(it, g.source)+g.grantHint("it"))
	}
}

// reportItem reports a finding about an event filter or transport at it,
// with its subject.
func (r *reporter) reportItem(it subscriptionItem, category, msg string) {
	r.diags = append(r.diags, analysis.Diagnostic{Pos: it.node.Pos(), End: it.node.End(), Category: category, Message: msg})
	r.subjects = append(r.subjects, itemSubject(it, category, msg))
}

// subscriptionMissingMessage says what a filter or transport needs and how
// RingCentral answers without it.
func subscriptionMissingMessage(it subscriptionItem, source string) string {
	if it.transport != "" {
		return fmt.Sprintf("subscription transport %s needs %s, which %s does not grant: RingCentral refuses the subscription with 403 SUB-528",
			clip.Route(it.transport), it.allOf, source)
	}
	what := "event filter " + clip.Route(it.filter)
	if op := it.match.Operation.Operation(); op != nil {
		what += " (" + op.ID + ")"
	}
	return fmt.Sprintf("%s needs %s, which %s does not grant: RingCentral refuses the filter (403, or lists it in the subscription's disabledFilters) and the app receives none of its events",
		what, needsText(it.anyOf, it.allOf), source)
}

// needsText names what a filter or transport needs: "either of" the
// permissions any one of which satisfies it.
func needsText(anyOf, allOf permissions.Set) string {
	if anyOf.Len() > 1 {
		names := make([]string, 0, anyOf.Len())
		for _, p := range anyOf.Permissions() {
			names = append(names, string(p))
		}
		return "either of [" + strings.Join(names, " or ") + "]"
	}
	return (anyOf | allOf).String()
}

func unknownFilterPermissionMessage(it subscriptionItem) string {
	return fmt.Sprintf("event filter %s: RingCentral has this filter, but neither its documentation nor its spec says which app permission it needs, so rcperm cannot check it: check that the app's permissions let it subscribe, then mark the line //rcperm:ignore with the reason", it.filter)
}

func unknownFilterMessage(it subscriptionItem) string {
	msg := fmt.Sprintf("event filter %s: no such RingCentral event filter, and no operation has its path: RingCentral rejects the subscription (400 SUB-508)", clip.Route(it.filter))
	if n := it.match.Nearest; n != nil {
		msg += "; did you mean " + n.Template + "?"
	}
	return msg
}
