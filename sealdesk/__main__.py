from sealdesk.app import main

raise SystemExit(main())
