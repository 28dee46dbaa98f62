<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
  <context>
    <name>App</name>
    <message>
      <location filename="../../anticorr_desktop/ui/app.py" line="64" />
      <source>Cannot open the database</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CLI</name>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="40" />
      <source>AntiCorr Desktop from the command line: sessions, instructions and their control.</source>
      <translation>AntiCorr Desktop командалық жолда: отырыстар, тапсырмалар және олардың орындалуын бақылау.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="404" />
      <source>Backup written: {path}</source>
      <translation>Резервтік көшірме сақталды: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="103" />
      <source>CSV delimiter (default ;)</source>
      <translation>CSV файлындағы өріс бөлгіші (әдепкі бойынша ;)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="158" />
      <source>Database ready: {path}</source>
      <translation>Дерекқор дайын: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="200" />
      <source>Date</source>
      <translation>Күні</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="263" />
      <source>Days overdue</source>
      <translation>Мерзімі өткен күн саны</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="156" />
      <source>Demo loaded into {path}.</source>
      <translation>Демонстрациялық деректер жүктелді: {path}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="263" />
      <source>Due</source>
      <translation>Мерзім</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="263" />
      <source>Executors</source>
      <translation>Орындаушылар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="293" />
      <source>Found in</source>
      <translation>Қайдан табылды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="200" />
      <source>Id</source>
      <translation>ID</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="171" />
      <source>Imported: {created} new, {updated} changed, {unchanged} unchanged.</source>
      <translation>Импорт аяқталды: жаңа жазбалар — {created}, өзгертілгендері — {updated}, өзгеріссіз — {unchanged}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="200" />
      <source>Instructions</source>
      <translation>Тапсырмалар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="200" />
      <source>Kind</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="276" />
      <source>No instructions match.</source>
      <translation>Іріктеу шарттарына сәйкес келетін тапсырмалар жоқ.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="263" />
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="290" />
      <source>Nothing found.</source>
      <translation>Ештеңе табылмады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="277" />
      <source>Nothing is overdue as of {date}.</source>
      <translation>{date} жағдай бойынша мерзімі өткен тапсырмалар жоқ.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="200" />
      <source>Overdue</source>
      <translation>Мерзімі өткен</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="263" />
      <source>Session</source>
      <translation>Отырыс</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="263" />
      <source>Status</source>
      <translation>Мәртебесі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="263" />
      <source>Text</source>
      <translation>Мәтін</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="393" />
      <source>The database does NOT verify: {n} problem(s).</source>
      <translation>Дерекқор тексеруден ӨТПЕДІ: анықталған бұзушылықтар саны — {n}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="395" />
      <source>The database verifies: {n} journal entries, head {head}.</source>
      <translation>Дерекқор тексеруден өтті: журналдағы жазбалар саны — {n}, соңғы жазбаның хеші — {head}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="104" />
      <source>XLSX: a sheet per main executor</source>
      <translation>XLSX: әр негізгі орындаушыға жеке парақ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="80" />
      <source>a file per executor, into the folder -o</source>
      <translation>әр орындаушыға жеке файл, -o қалтасына</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="286" />
      <source>agenda item</source>
      <translation>күн тәртібінің мәселесі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="107" />
      <source>check the journal's hash chain and every record against it</source>
      <translation>журналдың хеш тізбегін тексеру және әр жазбаны онымен салыстыру</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="47" />
      <source>create the database; --demo loads the demonstration sessions</source>
      <translation>дерекқорды құру; --demo демонстрациялық отырыстарды жүктейді</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="286" />
      <source>decision</source>
      <translation>шешім</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="89" />
      <source>executive discipline over a period, as PDF</source>
      <translation>кезең ішіндегі орындаушылық тәртіп туралы есеп, PDF форматында</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="76" />
      <source>extracts of the minutes for one executor or for all</source>
      <translation>бір орындаушыға немесе барлық орындаушыларға арналған хаттамадан үзінділер</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="68" />
      <source>full-text search over instructions, decisions, agenda and reports</source>
      <translation>тапсырмалар, шешімдер, күн тәртібі және есептер бойынша толық мәтінді іздеу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="65" />
      <source>id or YEAR/NUMBER</source>
      <translation>ID нөмірі немесе YEAR/NUMBER (жыл/нөмір)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="54" />
      <source>id or YEAR/NUMBER, e.g. 2024/4</source>
      <translation>ID нөмірі немесе YEAR/NUMBER (жыл/нөмір), мысалы, 2024/4</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="50" />
      <source>import a JSON interchange file (sessions, directory)</source>
      <translation>JSON алмасу файлын импорттау (отырыстар, анықтамалық)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="286" />
      <source>instruction</source>
      <translation>тапсырма</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="60" />
      <source>list instructions with their status and due dates</source>
      <translation>тапсырмалар тізімін мәртебелері мен мерзімдерімен бірге шығару</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="57" />
      <source>list the sessions</source>
      <translation>отырыстар тізімін шығару</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="48" />
      <source>load the demo (only into an empty database)</source>
      <translation>демонстрациялық деректерді жүктеу (тек бос дерекқорға)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="64" />
      <source>on_control, reported, rework, done, off_control, cancelled, or open</source>
      <translation>on_control, reported, rework, done, off_control, cancelled немесе open</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="61" />
      <source>only those overdue as of the date</source>
      <translation>көрсетілген күнгі жағдай бойынша мерзімі өткендері ғана</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="63" />
      <source>part of an executor's name (main or co-executor)</source>
      <translation>орындаушының аты-жөнінің бөлігі (негізгі орындаушының немесе бірлескен орындаушының)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="79" />
      <source>part of the executor's name</source>
      <translation>орындаушының аты-жөнінің бөлігі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="287" />
      <source>report</source>
      <translation>есеп</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="43" />
      <source>the database file (default: $ANTICORR_DB, else the user's data folder)</source>
      <translation>дерекқор файлы (әдепкі бойынша: $ANTICORR_DB, ол берілмесе — пайдаланушының деректер қалтасында)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="62" />
      <source>the date (default: today)</source>
      <translation>күні (әдепкі бойынша — бүгін)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="71" />
      <source>the minutes of a session as PDF</source>
      <translation>отырыс хаттамасы, PDF форматында</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="84" />
      <source>the overdue report as of a date, as PDF</source>
      <translation>белгілі бір күнгі жағдай бойынша мерзімі өткен тапсырмалар туралы есеп, PDF форматында</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="95" />
      <source>the task list as CSV, XLSX, ICS or JSON (same filters as instructions)</source>
      <translation>тапсырмалар тізімі CSV, XLSX, ICS немесе JSON форматында (сүзгілері instructions командасындағыдай)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="109" />
      <source>write a consistent copy of the database</source>
      <translation>дерекқордың тұтас резервтік көшірмесін жасау</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="53" />
      <source>write the database or one session as JSON</source>
      <translation>дерекқорды немесе бір отырысты JSON форматында шығару</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="384" />
      <source>{n} instructions written to {path}</source>
      <translation>{n} тапсырма жазылды, файл: {path}</translation>
    </message>
  </context>
  <context>
    <name>Common</name>
    <message>
      <location filename="../../anticorr_desktop/ui/common.py" line="105" />
      <source>Cannot do this</source>
      <translation>Әрекетті орындау мүмкін емес</translation>
    </message>
  </context>
  <context>
    <name>Crash</name>
    <message>
      <location filename="../../anticorr_desktop/ui/crash.py" line="72" />
      <source>Cannot do this</source>
      <translation>Әрекетті орындау мүмкін емес</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/crash.py" line="83" />
      <source>Internal error</source>
      <translation>Ішкі қате</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/crash.py" line="76" />
      <source>Something went wrong inside the program, and the last action may not have finished. What was saved before stays saved, and you can keep working.

If it happens again, send the file {log} to whoever looks after the program.

Technical detail: {detail}</source>
      <translation>Бағдарламаның ішінде ақау орын алды, соңғы әрекет аяқталмаған болуы мүмкін. Бұған дейін сақталған деректер сақталып қалды, жұмысты жалғастыра беруге болады.

Егер қате қайталанса, {log} файлын бағдарламаға қызмет көрсететін маманға жіберіңіз.

Техникалық мәліметтер: {detail}</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <location filename="../../anticorr_desktop/ui/dialogs.py" line="146" />
      <source>Accept the report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/dialogs.py" line="147" />
      <source>Accepted on:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/dialogs.py" line="148" />
      <source>Note:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/dialogs.py" line="126" />
      <source>Outgoing number:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/dialogs.py" line="125" />
      <source>Received on:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/dialogs.py" line="124" />
      <source>Register a report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/dialogs.py" line="127" />
      <source>What was done:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/dialogs.py" line="128" />
      <source>e.g. 05-12/1184</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/dialogs.py" line="75" />
      <source>{n} instructions selected</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Directory</name>
    <message>
      <location filename="../../anticorr_desktop/ui/directory.py" line="28" />
      <source>Akim's apparatus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory.py" line="32" />
      <source>Anti-Corruption Agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory.py" line="30" />
      <source>City department</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory.py" line="29" />
      <source>District akimat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory.py" line="203" />
      <source>No commission is set up yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory.py" line="33" />
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory.py" line="31" />
      <source>Quasi-state organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory.py" line="209" />
      <source>Quorum: at least {n}/{d} of the voting members</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory.py" line="207" />
      <source>Quorum: more than {n}/{d} of the voting members</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory.py" line="110" />
      <source>no</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory.py" line="109" />
      <source>yes</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Documents</name>
    <message>
      <location filename="../../anticorr_desktop/reports/build.py" line="181" />
      <source>Total</source>
      <translation>Барлығы</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="327" />
      <source>"version" is missing.</source>
      <translation>Файлда «version» өрісі жоқ.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="209" />
      <source>"{ref}" is not a session: give its id or YEAR/NUMBER, e.g. 2024/4.</source>
      <translation>«{ref}» — отырыстың белгісі емес: отырыстың ID нөмірін немесе YEAR/NUMBER (жыл/нөмір) көрсетіңіз, мысалы, 2024/4.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="252" />
      <source>"{text}" is not a date: a day of the month is from 1 to 31, not {day}.</source>
      <translation>«{text}» дұрыс күн емес: айдың күні 1-ден 31-ге дейін болуы керек, ал көрсетілгені — {day}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="270" />
      <source>"{text}" is not a date: month {month:02d} has at most {days} days.</source>
      <translation>«{text}» дұрыс күн емес: {month:02d} айында ең көбі {days} күн болады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="279" />
      <source>"{text}" is not a date: the year must be from {min_year} to {max_year}, not {year}.</source>
      <translation>«{text}» дұрыс күн емес: жыл {min_year}–{max_year} аралығында болуы керек, ал көрсетілгені — {year}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="246" />
      <source>"{text}" is not a date: there is no month {month}.</source>
      <translation>«{text}» дұрыс күн емес: {month} нөмірлі ай жоқ.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="260" />
      <source>"{text}" is not a date: {month:02d}.{year} has only {days} days.</source>
      <translation>«{text}» дұрыс күн емес: {month:02d}.{year} айында небәрі {days} күн бар.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="167" />
      <source>"{text}" matches several people: {names}. Be more precise.</source>
      <translation>«{text}» сұрауына бірнеше адам сәйкес келеді: {names}. Сұрауды нақтылаңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="306" />
      <source>"{text}": a day of the month is from 1 to 31, not {day}.</source>
      <translation>«{text}»: айдың күні 1-ден 31-ге дейін болуы керек, ал көрсетілгені — {day}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="293" />
      <source>"{text}": the term is too long; at most ten years.</source>
      <translation>«{text}»: мерзім тым ұзақ; ол он жылдан аспауы керек.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="289" />
      <source>"{text}": the term must be longer than zero.</source>
      <translation>«{text}»: мерзім нөлден артық болуы керек.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="232" />
      <source>"{time}" is not a time of day; write it as 15:00.</source>
      <translation>«{time}» — тәулік уақыты емес; уақытты 15:00 түрінде жазыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="490" />
      <source>"{value}" is before the instruction was issued ({issued})</source>
      <translation>«{value}» мерзімі тапсырма берілген күннен ({issued}) бұрын</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="240" />
      <source>"{value}" is not a date (write YYYY-MM-DD, e.g. 2024-12-25)</source>
      <translation>«{value}» дұрыс күн емес (күнді YYYY-MM-DD түрінде жазыңыз, мысалы, 2024-12-25)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="36" />
      <source>"{value}" is not a date; write 2025-06-30 or 30.06.2025.</source>
      <translation>«{value}» дұрыс күн емес; күнді 2025-06-30 немесе 30.06.2025 түрінде жазыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="225" />
      <source>"{value}" is not a status; use one of: {allowed}.</source>
      <translation>«{value}» — мәртебе емес; мына мәндердің бірін пайдаланыңыз: {allowed}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="249" />
      <source>"{value}" is not one of: {allowed}</source>
      <translation>«{value}» — жарамсыз мән; рұқсат етілген мәндер: {allowed}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="150" />
      <source>A report cannot be registered: the instruction is {status}.</source>
      <translation>Есепті тіркеу мүмкін емес: тапсырманың мәртебесі — «{status}».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="324" />
      <source>A speaker needs a person from the directory or a name.</source>
      <translation>Сөйлеушіні анықтамалықтан таңдаңыз немесе оның аты-жөнін жазыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="322" />
      <source>Agenda item {id} does not exist.</source>
      <translation>Күн тәртібінің мәселесі табылмады (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="440" />
      <source>An executor is listed twice.</source>
      <translation>Бір орындаушы екі рет көрсетілген. Қайталанғанын алып тастаңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/backup.py" line="15" />
      <source>An in-memory database cannot be backed up.</source>
      <translation>Жедел жадтағы дерекқордың резервтік көшірмесін жасау мүмкін емес.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="703" />
      <source>Cannot create the folder {path}: {detail}</source>
      <translation>{path} қалтасын құру мүмкін емес: {detail}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/db.py" line="56" />
      <source>Cannot open the database file ({detail}). Check the folder exists and you may write to it.</source>
      <translation>Дерекқор файлын ашу мүмкін емес ({detail}). Қалтаның бар екенін және оған жазуға құқығыңыз бар екенін тексеріңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="729" />
      <source>Cannot open {path}: {detail}</source>
      <translation>{path} файлын ашу мүмкін емес: {detail}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="232" />
      <source>Cannot read the due date "{text}". Write it as, for example: {examples}.</source>
      <translation>«{text}» мерзімін тану мүмкін емес. Оны, мысалы, былай жазыңыз: {examples}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="297" />
      <source>Cannot read the schedule "{text}": say by which day, for example: ежемесячно, до 5 числа; ежеквартально, до 5 числа месяца, следующего за отчетным; ежегодно, до 20 января.</source>
      <translation>«{text}» кезеңділігін тану мүмкін емес: қай күнге дейін екенін көрсетіңіз, мысалы: ежемесячно, до 5 числа; ежеквартально, до 5 числа месяца, следующего за отчетным; ежегодно, до 20 января.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="270" />
      <source>Cannot read {path}: {detail}</source>
      <translation>{path} файлын оқу мүмкін емес: {detail}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="166" />
      <source>Cannot write {path}: {detail}</source>
      <translation>{path} файлын жазу мүмкін емес: {detail}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="192" />
      <source>Commission {id} does not exist.</source>
      <translation>Комиссия табылмады (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="359" />
      <source>Decision {id} does not exist.</source>
      <translation>Шешім табылмады (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="328" />
      <source>Give all three vote counts (for, against, abstained), none negative.</source>
      <translation>Дауыс берудің үш нәтижесін де көрсетіңіз («жақтады», «қарсы», «қалыс қалды»); сандар теріс болмауы керек.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="179" />
      <source>Give the reason for the extension.</source>
      <translation>Мерзімді ұзарту себебін көрсетіңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="397" />
      <source>Instruction {id} does not exist.</source>
      <translation>Тапсырма табылмады (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="274" />
      <source>Mark the session as held before approving it.</source>
      <translation>Отырысты бекітпес бұрын оны өткізілді деп белгілеңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="182" />
      <source>Membership ends ({to}) before it starts ({frm}).</source>
      <translation>Мүшеліктің аяқталу күні ({to}) басталу күнінен ({frm}) бұрын. Күндерді түзетіңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="194" />
      <source>Membership {id} does not exist.</source>
      <translation>Комиссия мүшелігі туралы жазба табылмады (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="438" />
      <source>Name at least one executor; the first is the main executor.</source>
      <translation>Кемінде бір орындаушыны көрсетіңіз; бірінші көрсетілгені негізгі орындаушы болып саналады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="162" />
      <source>No person matches "{text}".</source>
      <translation>«{text}» сұрауы бойынша ешкім табылмады. Жазылуын тексеріңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/workdays.py" line="245" />
      <source>No working day within {days} days of {date}: check the calendar table.</source>
      <translation>{date} күнінен бастап {days} күн ішінде бірде-бір жұмыс күні жоқ: жұмыс және демалыс күндерінің күнтізбесін тексеріңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="390" />
      <source>No. {number} of {year} appears twice in this file ({other})</source>
      <translation>{year} жылғы № {number} файлда екі рет кездеседі ({other})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="155" />
      <source>Only a done instruction can be taken off control; this one is {status}.</source>
      <translation>Бақылаудан тек орындалған тапсырманы алуға болады; бұл тапсырманың мәртебесі — «{status}».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="133" />
      <source>Organisation {id} does not exist.</source>
      <translation>Ұйым табылмады (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="160" />
      <source>Person {id} does not exist.</source>
      <translation>Тұлға анықтамалықтан табылмады (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="398" />
      <source>Session No. {number} of {year} already exists in this commission with other contents</source>
      <translation>бұл комиссияда {year} жылғы № {number} отырыс басқа мазмұнмен бұрыннан бар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="228" />
      <source>Session No. {number} of {year} already exists in this commission. Choose another number.</source>
      <translation>Бұл комиссияда {year} жылғы № {number} отырыс бұрыннан бар. Басқа нөмір таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="237" />
      <source>Session {id} does not exist.</source>
      <translation>Отырыс табылмады (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="325" />
      <source>Session {label} has no instructions.</source>
      <translation>{label} отырысы бойынша тапсырмалар жоқ.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="633" />
      <source>Session {label} is approved and locked here; the file changes it. Reopen the session first if the change is intended.</source>
      <translation>{label} отырысы мұнда бекітілген және өзгертуге жабық, ал файл оған өзгеріс енгізеді. Өзгеріс қажет болса, алдымен отырысты қайта ашыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="247" />
      <source>Session {label} is approved and locked. Reopen it (with a reason) to change it.</source>
      <translation>{label} отырысы бекітілген және өзгертуге жабық. Өзгерту үшін оны себебін көрсетіп қайта ашыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="215" />
      <source>Several commissions have a session {ref}; give its id instead ({ids}).</source>
      <translation>{ref} отырысы бірнеше комиссияда бар; оның орнына қажетті отырыстың ID нөмірін көрсетіңіз ({ids}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/backup.py" line="32" />
      <source>The backup to {path} failed: {detail}</source>
      <translation>Резервтік көшірмені жасау мүмкін болмады ({path}): {detail}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="151" />
      <source>The database already holds data; the demo loads only into an empty one.</source>
      <translation>Дерекқорда деректер бар; демонстрациялық деректер тек бос дерекқорға жүктеледі. Басқа дерекқор файлын көрсетіңіз (--db).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/db.py" line="54" />
      <source>The database file is damaged ({detail}). Restore it from a backup.</source>
      <translation>Дерекқор файлы бүлінген ({detail}). Оны резервтік көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/db.py" line="50" />
      <source>The database is busy: another copy of the program is saving. Nothing was saved; try again in a moment.</source>
      <translation>Дерекқор бос емес: бағдарламаның басқа данасы деректерді сақтап жатыр. Ештеңе сақталмады; бірнеше секундтан кейін қайталап көріңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/db.py" line="52" />
      <source>The database is open read-only. Nothing was saved.</source>
      <translation>Дерекқор тек оқу үшін ашылған. Ештеңе сақталмады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="724" />
      <source>The database needs an upgrade that cannot run read-only.</source>
      <translation>Дерекқорды жаңарту қажет, ал мұны тек оқу режимінде орындау мүмкін емес. Оны жазу құқығымен ашыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="706" />
      <source>The database {path} does not exist.</source>
      <translation>Дерекқор файлы табылмады: {path}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="121" />
      <source>The database {path} does not exist. Create it with: anticorr init</source>
      <translation>Дерекқор файлы табылмады: {path}. Дерекқорды мына командамен құрыңыз: anticorr init</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="153" />
      <source>The deadline cannot be extended: the instruction is {status}.</source>
      <translation>Мерзімді ұзарту мүмкін емес: тапсырманың мәртебесі — «{status}».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="425" />
      <source>The decision belongs to another session.</source>
      <translation>Бұл шешім басқа отырысқа жатады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/db.py" line="48" />
      <source>The disk is full or failed while saving. Nothing was saved. Free some space and try again.</source>
      <translation>Диск толып қалған немесе сақтау кезінде дискіде ақау болды. Ештеңе сақталмады. Дискіде орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="240" />
      <source>The due date is empty. Write it as, for example: {examples}.</source>
      <translation>Мерзім көрсетілмеген. Оны, мысалы, былай жазыңыз: {examples}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="456" />
      <source>The due date {due} is before the instruction was issued ({issued}).</source>
      <translation>{due} мерзімі тапсырма берілген күннен ({issued}) бұрын. Кейінірек мерзімді көрсетіңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="329" />
      <source>The file has format version {ver}; this program reads version {mine}. Install a newer version of the program.</source>
      <translation>Файл форматының нұсқасы — {ver}, ал бұл бағдарлама {mine} нұсқасын оқиды. Бағдарламаның жаңарақ нұсқасын орнатыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="322" />
      <source>The file must hold a JSON object, not {kind}.</source>
      <translation>Файлда JSON объектісі болуы керек, ал онда {kind} бар.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="154" />
      <source>The instruction cannot be cancelled: it is {status}.</source>
      <translation>Тапсырманың күшін жою мүмкін емес: оның мәртебесі — «{status}».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="175" />
      <source>The new due date {new} must be later than the current one, {old}.</source>
      <translation>Жаңа мерзім ({new}) ағымдағы мерзімнен ({old}) кейін болуы керек.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="635" />
      <source>The period ends ({to}) before it starts ({frm}).</source>
      <translation>Кезеңнің аяқталу күні ({to}) басталу күнінен ({frm}) бұрын. Күндерді түзетіңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="175" />
      <source>The quorum must be a fraction between 0 and 1, such as 2/3.</source>
      <translation>Кворум 0 мен 1 аралығындағы бөлшек болуы керек, мысалы, 2/3.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="498" />
      <source>The report date {date} is before the instruction was issued ({issued}).</source>
      <translation>Есептің күні ({date}) тапсырма берілген күннен ({issued}) бұрын. Күнді тексеріңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="501" />
      <source>The report date {date} is in the future.</source>
      <translation>Есептің күні ({date}) әлі келген жоқ. Күнді тексеріңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="463" />
      <source>The schedule gives no control dates before {until}.</source>
      <translation>Бұл кесте бойынша {until} дейін бірде-бір бақылау мерзімі жоқ.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="230" />
      <source>The session number must be a positive whole number.</source>
      <translation>Отырыстың нөмірі оң бүтін сан болуы керек.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="522" />
      <source>There is no report awaiting a decision.</source>
      <translation>Шешім күтіп тұрған есеп жоқ.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="151" />
      <source>There is no report awaiting a decision: the instruction is {status}.</source>
      <translation>Шешім күтіп тұрған есеп жоқ: тапсырманың мәртебесі — «{status}».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="152" />
      <source>There is no report to return: the instruction is {status}.</source>
      <translation>Пысықтауға қайтаратын есеп жоқ: тапсырманың мәртебесі — «{status}».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="213" />
      <source>There is no session {ref}.</source>
      <translation>{ref} отырысы табылмады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="713" />
      <source>This database was written by a newer version of the program (schema {names}). Install the newer version to open it.</source>
      <translation>Бұл дерекқор бағдарламаның жаңарақ нұсқасымен жазылған (схема: {names}). Оны ашу үшін бағдарламаның жаңа нұсқасын орнатыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="372" />
      <source>This decision has instructions; cancel or remove them first.</source>
      <translation>Бұл шешім бойынша тапсырмалар бар; алдымен олардың күшін жойыңыз немесе оларды өшіріңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="173" />
      <source>This instruction has no due date to extend.</source>
      <translation>Бұл тапсырманың ұзартылатын мерзімі жоқ.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="324" />
      <source>This is not an AntiCorr Desktop file ("format" should be "{fmt}").</source>
      <translation>Бұл AntiCorr Desktop файлы емес («format» өрісінің мәні «{fmt}» болуы керек).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="362" />
      <source>ends before it starts</source>
      <translation>аяқталу күні басталу күнінен бұрын</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="503" />
      <source>is earlier than the original due date</source>
      <translation>ағымдағы мерзім бастапқы мерзімнен бұрын</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="410" />
      <source>is marked present and absent at once</source>
      <translation>бір мезгілде қатысқан да, қатыспаған да деп белгіленген</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="188" />
      <source>is missing</source>
      <translation>өріс жоқ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="203" />
      <source>is missing or empty</source>
      <translation>өріс жоқ немесе толтырылмаған</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="510" />
      <source>is missing: write the due rule as text (e.g. "до 25 декабря 2024 года") or as an object</source>
      <translation>өріс жоқ: мерзімді мәтінмен (мысалы, «до 25 декабря 2024 года») немесе объект түрінде жазыңыз</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="498" />
      <source>is not a valid due rule</source>
      <translation>мерзім ережесі жарамсыз</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="208" />
      <source>is too long ({n} characters; the limit is {limit})</source>
      <translation>мәтін тым ұзын ({n} таңба; шегі — {limit} таңба)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="387" />
      <source>is {year} but the session's date is in {dyear}</source>
      <translation>{year} жыл көрсетілген, бірақ отырыс күні {dyear} жылға жатады</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="468" />
      <source>lists the same executor twice</source>
      <translation>бір орындаушы екі рет көрсетілген</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="404" />
      <source>lists the same person twice</source>
      <translation>бір тұлға екі рет көрсетілген</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="236" />
      <source>must be a date as text (YYYY-MM-DD)</source>
      <translation>мән мәтін түріндегі күн болуы керек (YYYY-MM-DD)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="357" />
      <source>must be a fraction between 0 and 1, such as 2/3</source>
      <translation>мән 0 мен 1 аралығындағы бөлшек болуы керек, мысалы, 2/3</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="191" />
      <source>must be a list</source>
      <translation>мән тізім болуы керек</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="218" />
      <source>must be a whole number, not {value}</source>
      <translation>мән бүтін сан болуы керек, ал берілгені — {value}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="195" />
      <source>must be an object</source>
      <translation>мән объект болуы керек</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="421" />
      <source>must be an object with for, against, abstained</source>
      <translation>мән for, against, abstained өрістері бар объект болуы керек</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="220" />
      <source>must be at least {minimum}</source>
      <translation>мән кемінде {minimum} болуы керек</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="206" />
      <source>must be text, not {value}</source>
      <translation>мән мәтін болуы керек, ал берілгені — {value}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="226" />
      <source>must be true or false</source>
      <translation>мән true немесе false болуы керек</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="463" />
      <source>must list at least one executor (the first is the main executor)</source>
      <translation>кемінде бір орындаушыны көрсетіңіз (біріншісі негізгі орындаушы болып саналады)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="428" />
      <source>needs a person or a name</source>
      <translation>анықтамалықтағы тұлғаны (person) немесе аты-жөнін (name) көрсетіңіз</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="501" />
      <source>needs the original and the current due date</source>
      <translation>бастапқы және ағымдағы мерзімдерді көрсетіңіз</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="382" />
      <source>refers to an unknown commission "{uid}"</source>
      <translation>белгісіз комиссияға сілтеме: «{uid}»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="517" />
      <source>refers to an unknown control point</source>
      <translation>белгісіз бақылау мерзіміне сілтеме</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="459" />
      <source>refers to an unknown decision "{uid}"</source>
      <translation>белгісіз шешімге сілтеме: «{uid}»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="342" />
      <source>refers to an unknown organisation "{uid}"</source>
      <translation>белгісіз ұйымға сілтеме: «{uid}»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="316" />
      <source>refers to an unknown person "{uid}"</source>
      <translation>белгісіз тұлғаға сілтеме: «{uid}»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="529" />
      <source>the new date {new} must be later than the old one {old}</source>
      <translation>жаңа күн ({new}) бұрынғы күннен ({old}) кейін болуы керек</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="520" />
      <source>{date} is before the instruction was issued</source>
      <translation>{date} күні тапсырма берілген күннен бұрын</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="475" />
      <source>{msg}</source>
      <translation>{msg}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="285" />
      <source>{name} appears twice in the attendance list.</source>
      <translation>Отырысқа қатысушылар тізімінде {name} екі рет көрсетілген. Қайталанғанын алып тастаңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="289" />
      <source>{name} cannot substitute for themself.</source>
      <translation>{name} өзін-өзі алмастыра алмайды. Басқа алмастырушыны таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/reports/build.py" line="135" />
      <source>{name} has no instructions in session {label}.</source>
      <translation>{label} отырысы бойынша орындаушы {name} үшін тапсырма жоқ.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="292" />
      <source>{name} is marked present and absent at once.</source>
      <translation>{name} бір мезгілде қатысқан да, қатыспаған да деп белгіленген. Тек біреуін қалдырыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="698" />
      <source>{path} is a folder, not a database file.</source>
      <translation>{path} — қалта, дерекқор файлы емес. Файлдың жолын көрсетіңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="277" />
      <source>{path} is not UTF-8 text (byte {pos}).</source>
      <translation>{path} файлы UTF-8 кодтауындағы мәтін емес (байт {pos}). Файлды UTF-8 кодтауында сақтаңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="283" />
      <source>{path} is not valid JSON: {msg} at line {line}, column {col}.</source>
      <translation>{path} файлы жарамды JSON емес: {msg} ({line}-жол, {col}-баған).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="272" />
      <source>{path} is {mb} MB; an interchange file may be at most {limit} MB.</source>
      <translation>{path} файлының көлемі — {mb} МБ; алмасу файлының көлемі ең көбі {limit} МБ болуы мүмкін.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="33" />
      <source>{what} is empty. Fill it in.</source>
      <translation>«{what}» өрісі толтырылмаған. Оны толтырыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="35" />
      <source>{what} is too long ({n} characters); the limit is {limit}.</source>
      <translation>«{what}» өрісі тым ұзын ({n} таңба); шегі — {limit} таңба.</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <location filename="../../anticorr_desktop/exports/xlsx_export.py" line="55" />
      <source>(no executor)</source>
      <translation>(орындаушысыз)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/xlsx_export.py" line="53" />
      <source>All</source>
      <translation>Барлығы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="65" />
      <source>Cannot replace {path}: the file is open in another program or writing there is not permitted.</source>
      <translation>{path} файлын ауыстыру мүмкін емес: ол басқа бағдарламада ашық немесе ол жерге жазуға рұқсат жоқ. Файлды жабыңыз немесе басқа орынды таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="106" />
      <source>Co-executors</source>
      <translation>Бірлескен орындаушылар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="103" />
      <source>Commission</source>
      <translation>Комиссия</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/ics_export.py" line="59" />
      <source>Control point</source>
      <translation>Бақылау мерзімі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="107" />
      <source>Controller</source>
      <translation>Бақылаушы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="73" />
      <source>Could not write {path}: {reason}</source>
      <translation>{path} файлын жазу мүмкін болмады: {reason}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="113" />
      <source>Current due date</source>
      <translation>Ағымдағы мерзім</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="116" />
      <source>Days overdue</source>
      <translation>Мерзімі өткен күн саны</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="117" />
      <source>Done on</source>
      <translation>Орындалған күні</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="109" />
      <source>Due (as worded)</source>
      <translation>Мерзім (тұжырымы)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="59" />
      <source>Export cancelled</source>
      <translation>Экспорт тоқтатылды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="114" />
      <source>Extensions</source>
      <translation>Мерзім ұзартулар саны</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="104" />
      <source>Instruction</source>
      <translation>Тапсырма</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/ics_export.py" line="57" />
      <source>Instructions</source>
      <translation>Тапсырмалар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/ics_export.py" line="56" />
      <source>Instructions of the anti-corruption commission</source>
      <translation>Сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі комиссияның тапсырмалары</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="108" />
      <source>Issued</source>
      <translation>Берілген күні</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="105" />
      <source>Main executor</source>
      <translation>Негізгі орындаушы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="100" />
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="111" />
      <source>Original due date</source>
      <translation>Бастапқы мерзім</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/ics_export.py" line="58" />
      <source>Overdue</source>
      <translation>Мерзімі өткен</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="101" />
      <source>Protocol</source>
      <translation>Хаттама</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="102" />
      <source>Session date</source>
      <translation>Отырыс күні</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="115" />
      <source>Status</source>
      <translation>Мәртебесі</translation>
    </message>
  </context>
  <context>
    <name>History</name>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="686" />
      <source>Deadline extended</source>
      <translation>Мерзім ұзартылды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="671" />
      <source>Due date: {old} → {new}</source>
      <translation>Мерзім: {old} → {new}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="661" />
      <source>Issued</source>
      <translation>Тапсырма берілді</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="682" />
      <source>Report accepted</source>
      <translation>Есеп қабылданды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="679" />
      <source>Report received</source>
      <translation>Есеп алынды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="682" />
      <source>Returned for rework</source>
      <translation>Пысықтауға қайтарылды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="666" />
      <source>Status: {old} → {new}</source>
      <translation>Мәртебесі: {old} → {new}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="674" />
      <source>Text edited</source>
      <translation>Мәтін өзгертілді</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="317" />
      <source>Agenda item title</source>
      <translation>Күн тәртібі мәселесінің атауы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="113" />
      <source>Approved</source>
      <translation>Бекітілді</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="102" />
      <source>Cancelled</source>
      <translation>Күші жойылды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="116" />
      <source>Chair</source>
      <translation>Төраға</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="172" />
      <source>Commission name</source>
      <translation>Комиссияның атауы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="384" />
      <source>Decision text</source>
      <translation>Шешімнің мәтіні</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="117" />
      <source>Deputy chair</source>
      <translation>Төрағаның орынбасары</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="100" />
      <source>Done</source>
      <translation>Орындалды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="111" />
      <source>Draft</source>
      <translation>Жоба</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="443" />
      <source>Due date</source>
      <translation>Мерзім</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="106" />
      <source>Extended</source>
      <translation>Кеңейтілген</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="107" />
      <source>Extraordinary</source>
      <translation>Кезектен тыс</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="112" />
      <source>Held</source>
      <translation>Өткізілді</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="436" />
      <source>Instruction text</source>
      <translation>Тапсырманың мәтіні</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="119" />
      <source>Member</source>
      <translation>Комиссия мүшесі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="108" />
      <source>Off-site</source>
      <translation>Көшпелі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="97" />
      <source>On control</source>
      <translation>Бақылауда</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="590" />
      <source>Reason for cancelling</source>
      <translation>Күшін жою себебі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="271" />
      <source>Reason for reopening</source>
      <translation>Қайта ашу себебі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="557" />
      <source>Reason for rework</source>
      <translation>Пысықтауға қайтару себебі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="571" />
      <source>Reason for the extension</source>
      <translation>Мерзімді ұзарту себебі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="105" />
      <source>Regular</source>
      <translation>Кезекті</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="98" />
      <source>Report received</source>
      <translation>Есеп алынды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="502" />
      <source>Report text</source>
      <translation>Есептің мәтіні</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="99" />
      <source>Returned for rework</source>
      <translation>Пысықтауға қайтарылды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="118" />
      <source>Secretary</source>
      <translation>Хатшы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="142" />
      <source>Short name</source>
      <translation>Қысқаша атауы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="150" />
      <source>Surname</source>
      <translation>Тегі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="101" />
      <source>Taken off control</source>
      <translation>Бақылаудан алынды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="572" />
      <source>Who decided</source>
      <translation>Шешім қабылдаған тұлға</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="140" />
      <source>AntiCorr Desktop {version}

Minutes and instruction control for an anti-corruption commission.

Database: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="34" />
      <source>Directory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="33" />
      <source>Instructions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="31" />
      <source>Overview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="32" />
      <source>Sessions</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Overview</name>
    <message>
      <location filename="../../anticorr_desktop/ui/overview.py" line="54" />
      <source>Open these in the tracker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/common.py" line="55" />
      <source>good</source>
      <translation>жақсы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/common.py" line="54" />
      <source>needs attention</source>
      <translation>назар аударуды қажет етеді</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/common.py" line="56" />
      <source>nothing due yet</source>
      <translation>мерзімдер әлі келген жоқ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/common.py" line="53" />
      <source>poor</source>
      <translation>төмен</translation>
    </message>
  </context>
  <context>
    <name>SessionView</name>
    <message>
      <location filename="../../anticorr_desktop/ui/session_view.py" line="194" />
      <source>Instructions in the tracker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/session_view.py" line="193" />
      <source>Session {label}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Sessions</name>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions.py" line="42" />
      <source>No. {number} of {year}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions.py" line="85" />
      <source>{n} instruction(s) of this session are overdue</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Tracker</name>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker_filters.py" line="163" />
      <source>All sessions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker_filters.py" line="152" />
      <source>Anyone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker.py" line="86" />
      <source>Days overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker.py" line="85" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker.py" line="83" />
      <source>Instruction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker.py" line="84" />
      <source>Main executor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker.py" line="82" />
      <source>Minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker.py" line="81" />
      <source>No.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker.py" line="87" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker_filters.py" line="165" />
      <source>{label} of {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker_filters.py" line="113" />
      <source>{n} shown</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
