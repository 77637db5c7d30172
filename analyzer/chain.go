package analyzer

// A chainLink is one step of a request's chain in a chain table: a call,
// and where the chain goes on from it.
type chainLink struct {
	Step Step
	// Next is the index in the same table of the step after this one, or
	// endOfChain after the request's own call (the sink). A link is added
	// after the chain it goes on with: Next is below the link's own index,
	// and every chain ends.
	Next int
}

const endOfChain = -1

// A chainTable holds the chains of a package's requests with each step
// once. A wrapper's request starts with a link for its call, which goes on
// with the chain its callee has for the request: a chain through n
// wrappers takes n links, not the n²/2 steps it takes for each wrapper to
// carry the whole chain below it (issue 10).
//
// A package's facts carry its table (packageFact.Chains) with every link
// its wrappers' chains reach, those copied from other packages' tables
// included: go vet hands a package the facts of the packages its API
// reaches, not of every package below it.
type chainTable struct {
	links []chainLink
}

// add appends a link for step, followed by the chain at next.
func (t *chainTable) add(step Step, next int) int {
	t.links = append(t.links, chainLink{Step: step, Next: next})
	return len(t.links) - 1
}

// copyChain copies into t the chain at index i of from, and returns its
// index in t. copied maps the links of from already copied to their index
// in t, so that chains sharing a tail in from share it in t too.
func (t *chainTable) copyChain(from []chainLink, i int, copied map[int]int) int {
	var todo []int // the links to copy, from i down
	next := endOfChain
	for 0 <= i && i < len(from) {
		if j, ok := copied[i]; ok {
			next = j
			break
		}
		todo = append(todo, i)
		i = from[i].Next
	}
	for k := len(todo) - 1; k >= 0; k-- {
		next = t.add(from[todo[k]].Step, next)
		copied[todo[k]] = next
	}
	return next
}

// graft returns a copy of the chain at i that goes on with the chain at
// tail after its last step: a late-bound call's chain, which ends at the
// interface call, followed by the implementation's.
func (t *chainTable) graft(i, tail int) int {
	steps := t.steps(i)
	next := tail
	for k := len(steps) - 1; k >= 0; k-- {
		next = t.add(steps[k], next)
	}
	return next
}

// second returns a copy of the chain at i with step after its first (the
// call reported): where the route it reaches was picked.
func (t *chainTable) second(step Step, i int) int {
	if i < 0 || i >= len(t.links) {
		return t.add(step, i)
	}
	return t.add(t.links[i].Step, t.add(step, t.links[i].Next))
}

// importedChains is another package's chain table, from its facts, and
// which of its links a package has copied into its own (copyChain).
type importedChains struct {
	links  []chainLink
	copied map[int]int
}

// steps returns the chain at index i.
func (t *chainTable) steps(i int) []Step {
	var out []Step
	for 0 <= i && i < len(t.links) {
		out = append(out, t.links[i].Step)
		i = t.links[i].Next
	}
	return out
}
