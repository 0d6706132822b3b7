module github.com/py2goconc/py2goconc

go 1.26.8

require (
	github.com/dave/jennifer v1.7.1
	github.com/go-python/gpython v0.2.0
	github.com/spf13/pflag v1.1.0
)
