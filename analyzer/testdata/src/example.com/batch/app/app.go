package app // want package:`needs\(\[EditMessages, ReadAccounts, ReadCallLog, ReadMessages\]\) wrappers=true module=""`

// Package app runs tasks on a pool of workers: the closure that executes
// one captures the client (its server known where the closure is made)
// and reads the task's fields off its parameter, which only the pool
// passes.

import (
	"context"
	"log"
	"net/http"
	"sync"

	"example.com/batch/api"
	"example.com/batch/tasks"
)

type exec func(ctx context.Context, t tasks.Task) error

func pool(ctx context.Context, n int, in <-chan tasks.Task, run exec) {
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range in {
				if err := run(ctx, t); err != nil {
					log.Printf("%s %s: %v", t.Method, t.Path, err) // logged: no request
				}
			}
		}()
	}
	wg.Wait()
}

func Run(ctx context.Context, exts []string) { // want Run:`requests\(GET https://platform\.ringcentral\.com//restapi/v1\.0/account/~/extension\)`
	client, err := api.New("https://platform.ringcentral.com")
	if err != nil {
		return
	}
	run := func(ctx context.Context, t tasks.Task) error { return client.Do(ctx, t.Method, t.Path) } // want `GET /restapi/v1.0/account/~/extension/\{extensionId\}/call-log \(readUserCallLog\) needs \[ReadCallLog\]` `DELETE /restapi/v1.0/account/~/extension/\{extensionId\}/message-store \(deleteMessageByFilter\) needs \[EditMessages\]` `GET /restapi/v1.0/account/~/extension/\{extensionId\}/message-store \(listMessages\) needs \[ReadMessages\]`
	in := make(chan tasks.Task)
	go func() {
		defer close(in)
		for _, ext := range exts {
			in <- tasks.CallLog(ext)
			in <- tasks.Messages(ext)
			in <- tasks.Purge(ext)
		}
		in <- tasks.Notify("T000/B000")
	}()
	pool(ctx, 4, in, run)
	client.Do(ctx, http.MethodPost, "https://hooks.example.com/services/T000") // a whole URL: another host
	client.Do(ctx, http.MethodGet, "/restapi/v1.0/account/~/extension")        // granted
}

// Archive sends the same tasks to a server that mirrors RingCentral's
// layout: the closure's client is another company's.
func Archive(ctx context.Context, ts []tasks.Task) {
	client, err := api.New("https://archive.example.com")
	if err != nil {
		return
	}
	run := func(t tasks.Task) error { return client.Do(ctx, t.Method, t.Path) }
	for _, t := range ts {
		run(t)
	}
}
