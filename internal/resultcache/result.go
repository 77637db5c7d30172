package resultcache

import (
	"fmt"
	"go/token"
	"strings"

	"github.com/rcperm/rcperm/analyzer"
	"github.com/rcperm/rcperm/permissions"
)

// A cachedResult is an analyzer.Result as the cache keeps it, field for
// field: positions as cachedPos, operations by ID (see legacyPrefix).
// Every field the driver reads of a result (findings, unused grants,
// unfollowed routes, subscriptions) must come back from the cache as the
// analysis left it, or a warm run reports less than a cold one:
// TestCachedResultRoundTrip fails on a field of Result this type does not
// carry.
type cachedResult struct {
	Requests []cachedRequest
	Needs    permissions.Set
	// Grants hold no positions: their entries' lines are in the manifest,
	// whose content the package's key covers.
	Grants        *analyzer.Grants
	Routes        []cachedRoute
	Anchor        cachedPos
	ReportsUnused bool
	Subscriptions []cachedSubscription
	// Subjects hold no positions: each is tied to its finding by category
	// and message.
	Subjects     []analyzer.Subject
	Unseen       []analyzer.UnseenCall
	Unresolved   []cachedUnresolved
	ResolvedLate []string
	// ServersElsewhere and ServersRingCentral hold site IDs, no
	// positions.
	ServersElsewhere, ServersRingCentral []string
}

type cachedUnresolved struct {
	Pos                cachedPos
	Method, URL, Known string
	RingCentral        bool
	Chain              []analyzer.Step
	Filter, Late       string
}

type cachedRequest struct {
	Pos           cachedPos
	Method, Route string
	Operations    []string // operation IDs
	Requires      permissions.Set
	Chain         []analyzer.Step
	ServerFrom    string
}

type cachedRoute struct {
	Pos        cachedPos
	Text       string
	Operations []string // operation IDs
	Requires   permissions.Set
}

type cachedSubscription struct {
	Pos                    cachedPos
	What                   string
	AnyOf, AllOf, Requires permissions.Set
}

// newCachedResult records res, its positions through pos.
func newCachedResult(res *analyzer.Result, pos func(token.Pos) cachedPos) *cachedResult {
	c := &cachedResult{Needs: res.Needs, Grants: res.Grants, Anchor: pos(res.Anchor), ReportsUnused: res.ReportsUnused, Subjects: res.Subjects, Unseen: res.Unseen, ResolvedLate: res.ResolvedLate,
		ServersElsewhere: res.ServersElsewhere, ServersRingCentral: res.ServersRingCentral}
	for _, req := range res.Requests {
		c.Requests = append(c.Requests, cachedRequest{Pos: pos(req.Pos), Method: req.Method, Route: req.Route, Operations: operationIDs(req.Operations), Requires: req.Requires, Chain: req.Chain, ServerFrom: req.ServerFrom})
	}
	for _, rt := range res.Routes {
		c.Routes = append(c.Routes, cachedRoute{Pos: pos(rt.Pos), Text: rt.Text, Operations: operationIDs(rt.Operations), Requires: rt.Requires})
	}
	for _, sub := range res.Subscriptions {
		c.Subscriptions = append(c.Subscriptions, cachedSubscription{Pos: pos(sub.Pos), What: sub.What, AnyOf: sub.AnyOf, AllOf: sub.AllOf, Requires: sub.Requires})
	}
	for _, u := range res.Unresolved {
		c.Unresolved = append(c.Unresolved, cachedUnresolved{Pos: pos(u.Pos), Method: u.Method, URL: u.URL, Known: u.Known, RingCentral: u.RingCentral, Chain: u.Chain, Filter: u.Filter, Late: u.Late})
	}
	return c
}

// legacyPrefix marks the ID of a legacy operation, which a current one
// may share: without it a request to a legacy route came back unknown,
// and its package missed the cache on every run.
const legacyPrefix = "legacy "

func operationIDs(ops []*permissions.Operation) []string {
	var ids []string
	for _, op := range ops {
		if op.Legacy {
			ids = append(ids, legacyPrefix+op.ID)
		} else {
			ids = append(ids, op.ID)
		}
	}
	return ids
}

// restore gives back the result, its positions in files. Any position
// that does not fall where it was, or operation this build does not know,
// is an error: the package is analyzed again.
func (c *cachedResult) restore(files *Files) (*analyzer.Result, error) {
	d := resultDecoder{files: files}
	res := &analyzer.Result{Needs: c.Needs, Grants: c.Grants, Anchor: d.pos(c.Anchor), ReportsUnused: c.ReportsUnused, Subjects: c.Subjects, Unseen: c.Unseen, ResolvedLate: c.ResolvedLate,
		ServersElsewhere: c.ServersElsewhere, ServersRingCentral: c.ServersRingCentral}
	for _, cr := range c.Requests {
		res.Requests = append(res.Requests, analyzer.Request{Pos: d.pos(cr.Pos), Method: cr.Method, Route: cr.Route, Operations: d.operations(cr.Operations), Requires: cr.Requires, Chain: cr.Chain, ServerFrom: cr.ServerFrom})
	}
	for _, cr := range c.Routes {
		res.Routes = append(res.Routes, analyzer.Route{Pos: d.pos(cr.Pos), Text: cr.Text, Operations: d.operations(cr.Operations), Requires: cr.Requires})
	}
	for _, cs := range c.Subscriptions {
		res.Subscriptions = append(res.Subscriptions, analyzer.SubscriptionNeed{Pos: d.pos(cs.Pos), What: cs.What, AnyOf: cs.AnyOf, AllOf: cs.AllOf, Requires: cs.Requires})
	}
	for _, cu := range c.Unresolved {
		res.Unresolved = append(res.Unresolved, analyzer.Unresolved{Pos: d.pos(cu.Pos), Method: cu.Method, URL: cu.URL, Known: cu.Known, RingCentral: cu.RingCentral, Chain: cu.Chain, Filter: cu.Filter, Late: cu.Late})
	}
	if d.err != nil {
		return nil, d.err
	}
	return res, nil
}

// A resultDecoder restores a result's positions and operations, keeping
// the first error, so that restore reads as the record it undoes.
type resultDecoder struct {
	files *Files
	err   error
}

func (d *resultDecoder) pos(cp cachedPos) token.Pos {
	p, err := d.files.pos(cp)
	d.keep(err)
	return p
}

func (d *resultDecoder) operations(ids []string) []*permissions.Operation {
	var ops []*permissions.Operation
	for _, id := range ids {
		lookup := permissions.OperationByID
		if legacy, ok := strings.CutPrefix(id, legacyPrefix); ok {
			id, lookup = legacy, permissions.LegacyOperationByID
		}
		op, ok := lookup(id)
		if !ok {
			d.keep(fmt.Errorf("cached operation %s is unknown", id))
			continue
		}
		ops = append(ops, op)
	}
	return ops
}

func (d *resultDecoder) keep(err error) {
	if d.err == nil {
		d.err = err
	}
}
