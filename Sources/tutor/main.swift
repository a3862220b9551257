import TutorCLI

TutorCommand.main()
