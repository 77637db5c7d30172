module github.com/ringcentral/ringcentral-go

go 1.26
