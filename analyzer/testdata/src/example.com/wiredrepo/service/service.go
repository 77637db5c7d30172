package service

// Package service holds repositories main wires: which descriptor each
// holds, only main's stores into the fields tell.

import (
	"context"

	"example.com/wiredrepo/repo"
)

type Call struct{}
type Message struct{}
type SMS struct{}
type Task struct{}

type Desk struct {
	Calls    *repo.Repo[Call]
	Legacy   *repo.Repo[Call]
	Messages *repo.Repo[Message]
	SMS      *repo.Repo[SMS]
	Tasks    *repo.Repo[Task]
	ChatID   string
}

func (d *Desk) Run(ctx context.Context) error {
	if err := d.Calls.List(ctx); err != nil {
		return err
	}
	if d.Legacy != nil {
		_ = d.Legacy.List(ctx)
	}
	if err := d.Messages.Delete(ctx, "1"); err != nil {
		return err
	}
	// A copy of the repository, scoped: still the one main wired.
	if err := d.Tasks.Within(d.ChatID).Create(ctx); err != nil {
		return err
	}
	return d.SMS.Create(ctx)
}
