// Package embed promotes the wrapper's methods through an embedded type.
package embed

import "crosspkg/wrapper"

type App struct {
	*wrapper.Client
	Name string
}

func New(server string) *App { return &App{Client: &wrapper.Client{Server: server}} }
