// Package sched runs jobs off a queue on a worker: the jobs it receives // want package:`needs\(\[\]\) wrappers=true module=""`
// are out of the value flow's sight.
package sched

import (
	"context"

	"example.com/jobsched/jobs"
)

type item struct {
	job      jobs.Job
	priority int
}

// Scheduler holds the client its jobs run with.
type Scheduler struct {
	Doer jobs.Doer
	q    []*item
}

func (s *Scheduler) Push(j jobs.Job, priority int) {
	s.q = append(s.q, &item{job: j, priority: priority})
}

func (s *Scheduler) Run(ctx context.Context) { // want Run:`requests\(via Do\(\{\}, \{\}, \{\}\), via Do\(\{\}, GET, \{\}\)\)`
	work := make(chan *item)
	go func() {
		for it := range work {
			s.exec(ctx, it)
		}
	}()
	for _, it := range s.q {
		work <- it
	}
}

func (s *Scheduler) exec(ctx context.Context, it *item) { _ = it.job.Run(ctx, s.Doer) } // want exec:`requests\(via Do\(\{\}, \{\}, \{\}\), via Do\(\{\}, GET, \{\}\)\)`
