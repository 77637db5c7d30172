// Package plan queues the jobs: each literal's fields are a request // want package:`needs\(\[\]\) wrappers=false module=""`
// made in another package, through a client main wires in.
package plan

import (
	"net/http"

	"example.com/jobsched/jobs"
)

// Queue is the part of the scheduler the planner needs.
type Queue interface {
	Push(j jobs.Job, priority int)
}

type Planner struct{ Q Queue }

type extension struct{ ID string }

func (p *Planner) Plan(id string) {
	p.Q.Push(&jobs.Call{Method: http.MethodGet, Path: "/restapi/v1.0/account/~/call-log"}, 1)
	p.Q.Push(&jobs.Call{Method: http.MethodPut, Path: "/restapi/v1.0/account/~/extension/" + id + "/presence"}, 2)
	p.Q.Push(&jobs.Paged[extension]{Path: "/restapi/v1.0/account/~/extension"}, 3)
	p.Q.Push(&jobs.Note{Path: "/restapi/v1.0/account/~/extension/~/message-store"}, 4) // logged only
}
