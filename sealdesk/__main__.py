from sealdesk.cli import main

raise SystemExit(main())
