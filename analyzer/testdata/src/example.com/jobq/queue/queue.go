package queue // want package:`needs\(\[ReadAccounts, ReadCallLog, ReadContacts, ReadMessages, ReadPresence, SMS\]\) wrappers=false module=""`

// Package queue keeps its tasks unexported, made and performed in the
// package: more stores than the value flow keeps as one set, so each
// store is its request, reported where it is written.

import (
	"net/http"
	"sync"
)

type task struct {
	method, path string
}

const api = "https://platform.ringcentral.com/restapi/v1.0"

var tasks = []task{
	{http.MethodGet, api + "/account/~/call-log"},                         // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
	{http.MethodGet, api + "/account/~/active-calls"},                     // want `GET /restapi/v1.0/account/~/active-calls \(listCompanyActiveCalls\) needs \[ReadCallLog\]`
	{http.MethodGet, api + "/account/~/extension"},                        // granted
	{http.MethodGet, api + "/account/~/extension/~/presence"},             // want `GET /restapi/v1.0/account/~/extension/~/presence \(readUserPresenceStatus\) needs \[ReadPresence\]`
	{http.MethodGet, api + "/account/~/extension/~/message-store"},        // want `GET /restapi/v1.0/account/~/extension/~/message-store \(listMessages\) needs \[ReadMessages\]`
	{http.MethodPost, api + "/account/~/extension/~/sms"},                 // want `POST /restapi/v1.0/account/~/extension/~/sms \(createSMSMessage\) needs \[SMS\]`
	{http.MethodGet, api + "/account/~/extension/~/address-book/contact"}, // want `GET /restapi/v1.0/account/~/extension/~/address-book/contact \(listContacts\) needs \[ReadContacts\]`
	{http.MethodGet, api + "/account/~/call-queues"},                      // granted
	{http.MethodGet, api + "/account/~/phone-number"},                     // granted
	{http.MethodGet, "https://status.example.com/restapi/v1.0/account/~/call-log"},
}

// Drain performs every task on a pool of workers fed by a channel.
func Drain(h *http.Client) {
	ch := make(chan task)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for t := range ch {
				req, _ := http.NewRequest(t.method, t.path, nil)
				h.Do(req)
			}
		})
	}
	for _, t := range tasks {
		ch <- t
	}
	close(ch)
	wg.Wait()
}
