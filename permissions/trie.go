package permissions

import (
	"fmt"
	"strings"
)

// methods are the HTTP methods of RingCentral's operations, indexed for node.ops.
var methods = [...]string{"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"}

// methodIndex returns m's index in methods, or -1 when m is unknown (empty,
// computed at run time as "{...}", or not an HTTP method).
func methodIndex(m string) int {
	for i, name := range methods {
		if strings.EqualFold(m, name) {
			return i
		}
	}
	return -1
}

// node is one segment of the path templates. Its parameter child stands for
// every "{name}" template segment at that depth, whatever the name.
type node struct {
	literal map[string]*node
	param   *node
	ops     [len(methods)]*Operation
	any     *Operation // some operation of this exact path, nil for inner nodes
}

func newNode() *node { return &node{literal: map[string]*node{}} }

func (n *node) insert(op *Operation) error {
	m := methodIndex(op.Method)
	if m < 0 {
		return fmt.Errorf("%s: unsupported method %s", op.ID, op.Method)
	}
	cur := n
	for _, seg := range strings.Split(strings.Trim(op.Path, "/"), "/") {
		if isParam(seg) {
			if cur.param == nil {
				cur.param = newNode()
			}
			cur = cur.param
			continue
		}
		next := cur.literal[seg]
		if next == nil {
			next = newNode()
			cur.literal[seg] = next
		}
		cur = next
	}
	if prev := cur.ops[m]; prev != nil {
		return fmt.Errorf("%s and %s are both %s %s", prev.ID, op.ID, op.Method, op.Path)
	}
	cur.ops[m] = op
	if cur.any == nil {
		cur.any = op
	}
	return nil
}

func isParam(seg string) bool {
	return len(seg) >= 2 && seg[0] == '{' && seg[len(seg)-1] == '}'
}

// matcher collects the operations a route can be. It lives on the caller's
// stack so that a lookup with one answer allocates nothing.
type matcher struct {
	r      route
	method int // -1: any method
	found  [8]*Operation
	n      int
	extra  []*Operation // candidates past len(found)
	// samePath is an operation of a path that matched, whatever its method:
	// it tells "no such method" apart from "no such path".
	samePath *Operation
}

func (m *matcher) add(op *Operation) {
	if m.n < len(m.found) {
		m.found[m.n] = op
		m.n++
		return
	}
	m.extra = append(m.extra, op)
}

// walk matches segments i.. of the route below n and reports whether any
// template path matched, whatever its methods. A literal segment that leads
// to a template path shadows the parameter at the same depth: a request for
// ".../call-log-sync" is never ".../{callRecordId}".
func (m *matcher) walk(n *node, i int) bool {
	if i == m.r.n {
		if n.any == nil {
			return false
		}
		// The first path in table order, not in the order a wild segment
		// met them (map order): the suggestion must not vary by run.
		if m.samePath == nil || n.any.Path < m.samePath.Path {
			m.samePath = n.any
		}
		if m.method >= 0 {
			if op := n.ops[m.method]; op != nil {
				m.add(op)
			}
		} else {
			for _, op := range n.ops {
				if op != nil {
					m.add(op)
				}
			}
		}
		return true
	}
	seg := m.r.segs[i]
	if !seg.wild {
		if child := n.literal[seg.text]; child != nil && m.walk(child, i+1) {
			return true
		}
		return n.param != nil && m.walk(n.param, i+1)
	}
	matched := false
	for lit, child := range n.literal {
		if seg.matchesLiteral(lit) && m.walk(child, i+1) {
			matched = true
		}
	}
	if n.param != nil && m.walk(n.param, i+1) {
		matched = true
	}
	return matched
}
