<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
  <context>
    <name>About</name>
    <message>
      <location filename="../../anticorr_desktop/ui/about.py" line="147" />
      <source>About AntiCorr Desktop</source>
      <translation>AntiCorr Desktop бағдарламасы туралы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/about.py" line="152" />
      <source>AntiCorr Desktop</source>
      <translation>AntiCorr Desktop</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/about.py" line="175" />
      <source>Backups: {path}</source>
      <translation>Резервтік көшірмелер: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/about.py" line="174" />
      <source>Database: {path}</source>
      <translation>Дерекқор: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/about.py" line="163" />
      <source>Free software under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
      <translation>GNU General Public License 3-нұсқасы немесе одан кейінгі нұсқасы бойынша еркін бағдарлама. Ешқандай кепілдіксіз беріледі.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/about.py" line="136" />
      <source>Home page: {url}</source>
      <translation>Басты бет: {url}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/about.py" line="130" />
      <source>Licence: {licence}</source>
      <translation>Лицензия: {licence}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/about.py" line="149" />
      <source>Licences</source>
      <translation>Лицензиялар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/about.py" line="176" />
      <source>Log: {path}</source>
      <translation>Жұмыс журналы: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/about.py" line="158" />
      <source>Minutes of the anti-corruption commission's sessions and control of the chair's instructions: due dates, reports, overdue, discipline.</source>
      <translation>Сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі комиссия отырыстарының хаттамалары және төраға тапсырмаларын бақылау: мерзімдер, есептер, мерзімі өткендер, орындау тәртібі.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/about.py" line="148" />
      <source>Program</source>
      <translation>Бағдарлама</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/about.py" line="168" />
      <source>The documents are set in Liberation Serif (SIL Open Font License 1.1). The window is built with Qt and PySide6 (GNU LGPL version 3); the Licences tab lists every library the program ships and its licence.</source>
      <translation>Құжаттар Liberation Serif қарпімен теріледі (SIL Open Font License 1.1). Терезе Qt және PySide6 негізінде жасалған (GNU LGPL 3-нұсқасы); «Лицензиялар» қойындысында бағдарламамен бірге берілетін барлық кітапханалар мен олардың лицензиялары көрсетілген.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/about.py" line="153" />
      <source>Version {version}</source>
      <translation>Нұсқа {version}</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../anticorr_desktop/ui/app.py" line="154" />
      <source>Cannot open the database</source>
      <translation>Дерекқорды ашу мүмкін емес</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/app.py" line="126" />
      <source>Converting the journal of changes...</source>
      <translation>Өзгерістер журналы түрлендірілуде...</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/app.py" line="243" />
      <source>Database restored</source>
      <translation>Дерекқор қалпына келтірілді</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/app.py" line="128" />
      <source>Giving the freed space back to the disk...</source>
      <translation>Босаған орын дискіге қайтарылуда...</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/app.py" line="127" />
      <source>Indexing word forms for search...</source>
      <translation>Іздеу үшін сөз тұлғалары индекстелуде...</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/app.py" line="225" />
      <source>Replace everything in the database
{db}
with the contents of
{path}?

The file is checked first. The current contents are backed up before they are replaced, so this can be undone by restoring that backup.</source>
      <translation>Дерекқордың
{db}
бүкіл мазмұнын мына файлдың мазмұнымен ауыстыру керек пе:
{path}?

Алдымен файл тексеріледі. Ауыстыру алдында ағымдағы мазмұн резервтік көшірмеге сақталады, сондықтан сол көшірмені қалпына келтіріп, ауыстыруды болдырмауға болады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/app.py" line="224" />
      <source>Restore the database</source>
      <translation>Дерекқорды қалпына келтіру</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/app.py" line="244" />
      <source>Restored from {path}. The previous contents were saved to {backup}.</source>
      <translation>{path} файлынан қалпына келтірілді. Бұрынғы мазмұн {backup} файлына сақталды.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/app.py" line="116" />
      <source>Upgrading the database</source>
      <translation>Дерекқорды жаңарту</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/app.py" line="121" />
      <source>Upgrading the database to this version's format. A backup is made first; this may take a few minutes on a large database.</source>
      <translation>Дерекқор осы нұсқаның пішіміне жаңартылуда. Алдымен сақтық көшірме жасалады; үлкен дерекқорда бұл бірнеше минутқа созылуы мүмкін.</translation>
    </message>
  </context>
  <context>
    <name>Backups</name>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="322" />
      <source>A backup is made at the first start of each day, before every import, restore and program upgrade. Restoring checks the file first and backs up the current contents.</source>
      <translation>Резервтік көшірме күн сайын бағдарлама алғаш іске қосылғанда, сондай-ақ әрбір импорт, қалпына келтіру және бағдарламаны жаңарту алдында жасалады. Қалпына келтіру кезінде алдымен файл тексеріледі және ағымдағы деректердің резервтік көшірмесі жасалады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="243" />
      <source>AntiCorr databases and backups (*.sqlite3 *.zst *.db);;All files (*)</source>
      <translation>AntiCorr дерекқорлары мен сақтық көшірмелері (*.sqlite3 *.zst *.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="312" />
      <source>Back up now</source>
      <translation>Қазір көшірме жасау</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="220" />
      <source>Backup written: {path}</source>
      <translation>Резервтік көшірме сақталды: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="303" />
      <source>Backups</source>
      <translation>Резервтік көшірмелер</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="306" />
      <source>Backups are kept in {folder}</source>
      <translation>Резервтік көшірмелер сақталатын қалта: {folder}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="45" />
      <source>Before a program upgrade</source>
      <translation>Бағдарламаны жаңарту алдында</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="44" />
      <source>Before a restore</source>
      <translation>Қалпына келтіру алдында</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="43" />
      <source>Before an import</source>
      <translation>Импорт алдында</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="41" />
      <source>Daily, automatic</source>
      <translation>Күнделікті, автоматты түрде</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="288" />
      <source>Database restored</source>
      <translation>Дерекқор қалпына келтірілді</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="88" />
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="81" />
      <source>Kind</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="77" />
      <source>Made</source>
      <translation>Жасалған уақыты</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="42" />
      <source>Made by hand</source>
      <translation>Қолмен жасалған</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="320" />
      <source>Open folder</source>
      <translation>Қалтаны ашу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="259" />
      <source>Replace everything in the database with the contents of
{path}?

The file is checked first. The current contents are backed up before they are replaced, so this can be undone by restoring that backup.</source>
      <translation>Дерекқордағы барлық деректерді мына файлдың мазмұнымен ауыстырасыз ба:
{path}?

Алдымен файл тексеріледі. Ағымдағы деректер ауыстырылмас бұрын олардың резервтік көшірмесі жасалады, сондықтан сол көшірмені қалпына келтіріп, бұл әрекеттің күшін жоюға болады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="241" />
      <source>Restore from a file</source>
      <translation>Файлдан қалпына келтіру</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="318" />
      <source>Restore from a file…</source>
      <translation>Файлдан қалпына келтіру…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="315" />
      <source>Restore the backup selected in the list</source>
      <translation>Тізімде таңдалған резервтік көшірмені қалпына келтіру</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="258" />
      <source>Restore the database</source>
      <translation>Дерекқорды қалпына келтіру</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="283" />
      <source>Restored from {path}. The previous contents were saved to {backup}.</source>
      <translation>Дерекқор мына файлдан қалпына келтірілді: {path}. Бұрынғы деректер мына файлға сақталды: {backup}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="313" />
      <source>Restore…</source>
      <translation>Қалпына келтіру…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="83" />
      <source>Size</source>
      <translation>Көлемі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="310" />
      <source>This database is in memory: no backups.</source>
      <translation>Бұл дерекқор жедел жадта орналасқан: резервтік көшірмелер жасалмайды.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="213" />
      <source>Writing a backup…</source>
      <translation>Резервтік көшірме жасалуда…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="63" />
      <source>{n} KB</source>
      <translation>{n} КБ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="64" />
      <source>{n} MB</source>
      <translation>{n} МБ</translation>
    </message>
  </context>
  <context>
    <name>CLI</name>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="529" />
      <source>  added as a person: {name}</source>
      <translation>  адам ретінде қосылды: {name}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="527" />
      <source>  added as an organisation: {name}</source>
      <translation>  ұйым ретінде қосылды: {name}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="68" />
      <source>AntiCorr Desktop from the command line: sessions, instructions and their control.</source>
      <translation>AntiCorr Desktop командалық жолда: отырыстар, тапсырмалар және олардың орындалуын бақылау.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="878" />
      <source>Backup</source>
      <translation>Резервтік көшірме</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="811" />
      <source>Backup written: {path}</source>
      <translation>Резервтік көшірме сақталды: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="216" />
      <source>CSV delimiter (default ;)</source>
      <translation>CSV файлындағы өріс бөлгіші (әдепкі бойынша ;)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="954" />
      <source>Control dates within a year</source>
      <translation>Бір жыл ішіндегі бақылау күндері</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="296" />
      <source>Converting the journal: {done} of {total} entries</source>
      <translation>Журнал түрлендірілуде: {total} жазбаның {done}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="352" />
      <source>Database ready: {path}</source>
      <translation>Дерекқор дайын: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="573" />
      <source>Date</source>
      <translation>Күні</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="613" />
      <source>Days overdue</source>
      <translation>Мерзімі өткен күн саны</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="350" />
      <source>Demo loaded into {path}.</source>
      <translation>Демонстрациялық деректер жүктелді: {path}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="764" />
      <source>Divergence: entry {seq} differs from the one the {what} {name} of {made} saw (the history was rewritten since).</source>
      <translation>Алшақтық: {seq} жазбасы {made} кезіндегі {what} {name} көрген жазбадан өзгеше (тарих содан бері қайта жазылған).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="612" />
      <source>Due</source>
      <translation>Мерзім</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="949" />
      <source>Due date</source>
      <translation>Мерзімі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="907" />
      <source>Due on {date}.</source>
      <translation>Мерзімі: {date}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="611" />
      <source>Executors</source>
      <translation>Орындаушылар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="660" />
      <source>Found in</source>
      <translation>Қайдан табылды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="304" />
      <source>Giving the freed space back to the disk...</source>
      <translation>Босаған орын дискіге қайтарылуда...</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="571" />
      <source>Id</source>
      <translation>ID</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="514" />
      <source>Imported: {created} instruction(s), {unchanged} already here; new sessions: {sessions}, new people: {people}, new organisations: {orgs}.</source>
      <translation>Импортталған тапсырмалар: {created}, бұрыннан бары: {unchanged}; жаңа отырыстар: {sessions}, жаңа адамдар: {people}, жаңа ұйымдар: {orgs}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="359" />
      <source>Imported: {created} new, {unchanged} already here.</source>
      <translation>Импортталды: жаңасы — {created}, бұрыннан бары — {unchanged}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="843" />
      <source>In {path}: {what}</source>
      <translation>{path} ішінде: {what}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="300" />
      <source>Indexing word forms for search: {done} of {total} instructions</source>
      <translation>Іздеу үшін сөз тұлғалары индекстелуде: {total} тапсырманың {done}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="576" />
      <source>Instructions</source>
      <translation>Тапсырмалар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="574" />
      <source>Kind</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="878" />
      <source>Made</source>
      <translation>Жасалған уақыты</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="875" />
      <source>No backups yet.</source>
      <translation>Резервтік көшірмелер әлі жоқ.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="956" />
      <source>No day is written: the default day of the month after each period applies.</source>
      <translation>Күні көрсетілмеген: әр кезеңнен кейінгі айдың әдепкі күні қолданылады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="735" />
      <source>No good backup of {db} was found. Keep the damaged file and ask for help.</source>
      <translation>{db} үшін жарамды сақтық көшірме табылмады. Зақымдалған файлды сақтап, көмек сұраңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="640" />
      <source>No instructions match.</source>
      <translation>Іріктеу шарттарына сәйкес келетін тапсырмалар жоқ.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="609" />
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="489" />
      <source>Not in the directory: "{name}" (added as a person)</source>
      <translation>Анықтамалықта жоқ: «{name}» (адам ретінде қосылады)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="486" />
      <source>Not in the directory: "{name}" (added as an organisation)</source>
      <translation>Анықтамалықта жоқ: «{name}» (ұйым ретінде қосылады)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="482" />
      <source>Not sure who "{name}" is; candidates: {names}</source>
      <translation>«{name}» кім екені анық емес; үміткерлер: {names}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="658" />
      <source>Nothing found.</source>
      <translation>Ештеңе табылмады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="642" />
      <source>Nothing is overdue as of {date}.</source>
      <translation>{date} жағдай бойынша мерзімі өткен тапсырмалар жоқ.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="852" />
      <source>Nothing was changed.</source>
      <translation>Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="842" />
      <source>Now in {path}: {what}</source>
      <translation>Қазір {path} ішінде: {what}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="577" />
      <source>Overdue</source>
      <translation>Мерзімі өткен</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="960" />
      <source>Printed (kk)</source>
      <translation>Құжаттарда (қаз.)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="959" />
      <source>Printed (ru)</source>
      <translation>Құжаттарда (орыс.)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="946" />
      <source>Read as</source>
      <translation>Былай оқылды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="850" />
      <source>Replace the database with {path}? [y/N] </source>
      <translation>Дерекқорды {path} мазмұнымен ауыстыру керек пе? [y/N] </translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="742" />
      <source>Restore the newest good backup: anticorr --db {db} restore {backup}</source>
      <translation>Ең соңғы жарамды сақтық көшірмені қалпына келтіріңіз: anticorr --db {db} restore {backup}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="868" />
      <source>Restored from {path}.</source>
      <translation>{path} файлынан қалпына келтірілді.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="863" />
      <source>Restored from {path}. The file it replaced was kept as {kept}.</source>
      <translation>{path} файлынан қалпына келтірілді. Ауыстырылған файл {kept} ретінде сақталды.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="857" />
      <source>Restored from {path}. The previous contents were saved to {backup}.</source>
      <translation>Дерекқор мына файлдан қалпына келтірілді: {path}. Бұрынғы деректер мына файлға сақталды: {backup}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="759" />
      <source>Rollback: the journal has lost entry {seq} that the {what} {name} of {made} saw (an older copy was put back, or entries were deleted).</source>
      <translation>Кері қайтару: журналда {made} кезіндегі {what} {name} көрген {seq} жазбасы жоқ (файлдың ескі көшірмесі қайта қойылған немесе жазбалар жойылған).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="492" />
      <source>Rows: {new} to import, {old} already here, {skipped} skipped (empty, titles, totals); problems: {problems}; new sessions: {sessions}.</source>
      <translation>Жолдар: импортталатыны {new}, бұрыннан бары {old}, өткізілгені {skipped} (бос жолдар, тақырыптар, қорытынды); қателер: {problems}; жаңа отырыстар: {sessions}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="237" />
      <source>SQLite's full integrity check (every index too; slower)</source>
      <translation>SQLite толық тұтастық тексеруі (барлық индекстерді қоса; ұзағырақ)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="610" />
      <source>Session</source>
      <translation>Отырыс</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="462" />
      <source>Sheet «{sheet}», header in row {row}.</source>
      <translation>«{sheet}» парағы, тақырып {row}-жолда.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="878" />
      <source>Size, MB</source>
      <translation>Көлемі, МБ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="614" />
      <source>Status</source>
      <translation>Мәртебесі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="615" />
      <source>Text</source>
      <translation>Мәтін</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="796" />
      <source>The database does NOT verify: {n} problem(s).</source>
      <translation>Дерекқор тексеруден ӨТПЕДІ: анықталған бұзушылықтар саны — {n}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="801" />
      <source>The database verifies: {n} journal entries, head {head}.</source>
      <translation>Дерекқор тексеруден өтті: журналдағы жазбалар саны — {n}, соңғы жазбаның хеші — {head}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="531" />
      <source>The database was backed up first: {path}</source>
      <translation>Алдымен дерекқордың сақтық көшірмесі жасалды: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="958" />
      <source>The due date follows once the date of the event is recorded.</source>
      <translation>Оқиғаның күні жазылғанда мерзім анықталады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="788" />
      <source>The printed head is entry {seq}, current from {since} until {until}.</source>
      <translation>Басып шығарылған шың — {seq} жазбасы, {since} бастап {until} дейін қазіргі шың болған.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="782" />
      <source>The printed head is entry {seq}, the current head (since {since}).</source>
      <translation>Басып шығарылған шың — {seq} жазбасы, журналдың қазіргі шыңы ({since} бастап).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="776" />
      <source>The printed head {head} is NOT in this database's journal.</source>
      <translation>Басып шығарылған {head} шыңы осы дерекқордың журналында ЖОҚ.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="294" />
      <source>Upgrading the database to this version's format: a backup first...</source>
      <translation>Дерекқор осы нұсқаның пішіміне жаңартылуда: алдымен сақтық көшірме...</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="218" />
      <source>XLSX: a sheet per main executor</source>
      <translation>XLSX: әр негізгі орындаушыға жеке парақ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="939" />
      <source>a date</source>
      <translation>күн</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="179" />
      <source>a file per executor, into the folder -o</source>
      <translation>әр орындаушыға жеке файл, -o қалтасына</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="940" />
      <source>a schedule</source>
      <translation>кезеңділік</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="125" />
      <source>add the executors the directory lacks (those with no likely candidate): a body (управление, отдел, акимат, ТОО, басқармасы…) as an organisation, else a person</source>
      <translation>анықтамалықта жоқ орындаушыларды қосу (ықтимал үміткері жоқтарды): органды (управление, отдел, акимат, ЖШС, басқармасы…) ұйым ретінде, қалғандарын адам ретінде</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="653" />
      <source>agenda item</source>
      <translation>күн тәртібінің мәселесі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="232" />
      <source>also say whether the head printed on a document is in the journal, and when</source>
      <translation>құжатқа басылған шыңның журналда бар-жоғын және қашан қазіргі болғанын да айту</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="757" />
      <source>backup</source>
      <translation>сақтық көшірме</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="942" />
      <source>by the next session: open until it is scheduled</source>
      <translation>келесі отырысқа дейін: ол белгіленгенге дейін ашық</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="820" />
      <source>cannot be read (missing, empty, damaged or not a database of this program)</source>
      <translation>оқылмайды (файл жоқ, бос, зақымдалған немесе бұл бағдарламаның дерекқоры емес)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="224" />
      <source>check the file (SQLite's quick check), the journal's hash chain and every record against it</source>
      <translation>файлды (SQLite жылдам тексеруі), журналдың хеш тізбегін және әр жазбаны соған сәйкес тексеру</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="82" />
      <source>create the database; --demo loads the demonstration sessions</source>
      <translation>дерекқорды құру; --demo демонстрациялық отырыстарды жүктейді</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="652" />
      <source>decision</source>
      <translation>шешім</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="200" />
      <source>executive discipline over a period, as PDF</source>
      <translation>кезең ішіндегі орындаушылық тәртіп туралы есеп, PDF форматында</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="174" />
      <source>extracts of the minutes for one executor or for all</source>
      <translation>бір орындаушыға немесе барлық орындаушыларға арналған хаттамадан үзінділер</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="154" />
      <source>full-text search over instructions, decisions, agenda and reports</source>
      <translation>тапсырмалар, шешімдер, күн тәртібі және есептер бойынша толық мәтінді іздеу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="150" />
      <source>id or YEAR/NUMBER</source>
      <translation>ID нөмірі немесе YEAR/NUMBER (жыл/нөмір)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="137" />
      <source>id or YEAR/NUMBER, e.g. 2024/4</source>
      <translation>ID нөмірі немесе YEAR/NUMBER (жыл/нөмір), мысалы, 2024/4</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="88" />
      <source>import a JSON interchange file (sessions, directory)</source>
      <translation>JSON алмасу файлын импорттау (отырыстар, анықтамалық)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="93" />
      <source>import a register of instructions kept in Excel (.xlsx) or CSV</source>
      <translation>Excel (.xlsx) немесе CSV түрінде жүргізілген тапсырмалар тізілімін импорттау</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="651" />
      <source>instruction</source>
      <translation>тапсырма</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="143" />
      <source>list instructions with their status and due dates</source>
      <translation>тапсырмалар тізімін мәртебелері мен мерзімдерімен бірге шығару</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="254" />
      <source>list the backups of the database, newest first</source>
      <translation>дерекқордың резервтік көшірмелерінің тізімін шығару (ең жаңасы бірінші)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="140" />
      <source>list the sessions</source>
      <translation>отырыстар тізімін шығару</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="85" />
      <source>load the demo (only into an empty database)</source>
      <translation>демонстрациялық деректерді жүктеу (тек бос дерекқорға)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="944" />
      <source>no deadline</source>
      <translation>мерзімсіз</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="148" />
      <source>on_control, reported, rework, done, off_control, cancelled, or open</source>
      <translation>on_control, reported, rework, done, off_control, cancelled немесе open</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="941" />
      <source>ongoing, no due date</source>
      <translation>тұрақты, күні жоқ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="144" />
      <source>only those overdue as of the date</source>
      <translation>көрсетілген күнгі жағдай бойынша мерзімі өткендері ғана</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="146" />
      <source>part of an executor's name (main or co-executor)</source>
      <translation>орындаушының аты-жөнінің бөлігі (негізгі орындаушының немесе бірлескен орындаушының)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="177" />
      <source>part of the executor's name</source>
      <translation>орындаушының аты-жөнінің бөлігі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="170" />
      <source>pdf: the document to sign; docx: a Word copy to edit (the record stays ours)</source>
      <translation>pdf — қол қоюға арналған құжат; docx — өңдеуге арналған Word көшірмесі (жазба бағдарламада қалады)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="164" />
      <source>print texts that have no version in --lang in the other language, marked</source>
      <translation>--lang тілінде нұсқасы жоқ мәтіндерді басқа тілде, белгімен басып шығару</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="757" />
      <source>printed document</source>
      <translation>басып шығарылған құжат</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="264" />
      <source>read a due date as the window does: its kind, date and printed form</source>
      <translation>мерзімді бағдарлама терезесі сияқты оқу: түрі, күні және басылатын түрі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="258" />
      <source>record the day an event-driven deadline's event occurred; the due date follows</source>
      <translation>мерзімі есептелетін оқиғаның болған күнін белгілеу; мерзім соған қарай есептеледі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="245" />
      <source>replace the database with a checked backup (the current one is backed up first)</source>
      <translation>дерекқорды тексерілген резервтік көшірмемен ауыстыру (алдымен ағымдағы дерекқордың көшірмесі жасалады)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="251" />
      <source>replace without asking (for scripts; needed when there is no terminal)</source>
      <translation>сұрамай ауыстыру (сценарийлер үшін; терминал болмаған кезде қажет)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="654" />
      <source>report</source>
      <translation>есеп</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="133" />
      <source>show each row as it would be stored and every problem; write nothing</source>
      <translation>әр жолды қалай сақталатынын және барлық қатені көрсету; ештеңе жазбау</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="76" />
      <source>the database file (default: $ANTICORR_DB, else the user's data folder)</source>
      <translation>дерекқор файлы (әдепкі бойынша: $ANTICORR_DB, ол берілмесе — пайдаланушының деректер қалтасында)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="145" />
      <source>the date (default: today)</source>
      <translation>күні (әдепкі бойынша — бүгін)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="267" />
      <source>the date of issue (default: today)</source>
      <translation>тапсырма берілген күн (әдепкі бойынша бүгін)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="273" />
      <source>the day of the month after each period for a schedule written without a day</source>
      <translation>күні көрсетілмеген кезеңділік үшін әр кезеңнен кейінгі айдың күні</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="261" />
      <source>the day the event occurred</source>
      <translation>оқиға болған күн</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="266" />
      <source>the due date as written in the minutes</source>
      <translation>хаттамада жазылған мерзім</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="260" />
      <source>the instruction's id (see instructions)</source>
      <translation>тапсырманың нөмірі (id) (instructions қараңыз)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="268" />
      <source>the language of the answer</source>
      <translation>жауап тілі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="158" />
      <source>the minutes of a session as PDF</source>
      <translation>отырыс хаттамасы, PDF форматында</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="195" />
      <source>the overdue report as of a date, as PDF</source>
      <translation>белгілі бір күнгі жағдай бойынша мерзімі өткен тапсырмалар туралы есеп, PDF форматында</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="100" />
      <source>the row of the column names, as Excel numbers it (default: guessed)</source>
      <translation>бағандар атаулары тұрған жол, Excel нөмірлегендей (әдепкі бойынша өзі анықталады)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="96" />
      <source>the sheet to read (default: the first with a header)</source>
      <translation>оқылатын парақ (әдепкі бойынша — тақырыбы бар алғашқы парақ)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="207" />
      <source>the task list as CSV, XLSX, ICS or JSON (same filters as instructions)</source>
      <translation>тапсырмалар тізімі CSV, XLSX, ICS немесе JSON форматында (сүзгілері instructions командасындағыдай)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="943" />
      <source>tied to an event: kept as written, open with no date</source>
      <translation>оқиғаға байланысты: жазылғандай сақталады, күнсіз ашық</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="107" />
      <source>which field a column holds (column as a letter, a number or its header): C=deadline; the fields: {fields}</source>
      <translation>бағанда қай өріс тұрғаны (баған әріппен, нөмірмен немесе тақырыбымен): C=deadline; өрістер: {fields}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="117" />
      <source>who a name in the register is: the executor's reference in the directory (o5 an organisation, p12 a person, o5p12 both), or new, person, organisation to add it</source>
      <translation>тізілімдегі атау кім екені: анықтамалықтағы орындаушының сілтемесі (o5 — ұйым, p12 — адам, o5p12 — екеуі де) немесе оны қосу үшін new, person, organisation</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="240" />
      <source>write a consistent copy of the database</source>
      <translation>дерекқордың тұтас резервтік көшірмесін жасау</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="136" />
      <source>write the database or one session as JSON</source>
      <translation>дерекқорды немесе бір отырысты JSON форматында шығару</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="365" />
      <source>{n} directory record(s) differ from the file; this database's version was kept.</source>
      <translation>Файлдан өзгеше анықтамалық жазбалары: {n}; осы дерекқордағы нұсқасы сақталды.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="722" />
      <source>{n} instructions written to {path}</source>
      <translation>{n} тапсырма жазылды, файл: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="824" />
      <source>{sessions} sessions, {instructions} instructions; journal of {entries} entries, head {head}, last change {when}</source>
      <translation>отырыстар: {sessions}, тапсырмалар: {instructions}; журналдағы жазбалар: {entries}, басы {head}, соңғы өзгеріс {when}</translation>
    </message>
  </context>
  <context>
    <name>Common</name>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="153" />
      <source>Cannot do this</source>
      <translation>Әрекетті орындау мүмкін емес</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="199" />
      <source>Fill in…</source>
      <translation>Толтыру…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="193" />
      <source>Fill them in now, or print: they will be printed in the other language, each marked as such.</source>
      <translation>Оларды қазір толтырыңыз немесе басып шығарыңыз: олар басқа тілде, әрқайсысы белгімен басылады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="184" />
      <source>Fill them in the session editor, or print now: they will be printed in the other language, each marked as such.</source>
      <translation>Оларды отырыс редакторында толтырыңыз немесе қазір басып шығарыңыз: олар басқа тілде, әрқайсысы белгіленіп басылады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_translations.py" line="41" />
      <source>Kazakh</source>
      <translation>қазақ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="200" />
      <source>Print, marked</source>
      <translation>Белгімен басып шығару</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_translations.py" line="41" />
      <source>Russian</source>
      <translation>орыс</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="177" />
      <source>Texts missing in the document's language</source>
      <translation>Құжат тіліндегі мәтіндер жоқ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="179" />
      <source>These texts have no {language} version:</source>
      <translation>Бұл мәтіндердің {language} тіліндегі нұсқасы жоқ:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="472" />
      <source>type the date as DD.MM.YYYY</source>
      <translation>күнді КК.АА.ЖЖЖЖ түрінде енгізіңіз</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="490" />
      <source>{weekday}: a day off</source>
      <translation>{weekday}: демалыс күні</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="488" />
      <source>{weekday}: a day off ({name})</source>
      <translation>{weekday}: демалыс күні ({name})</translation>
    </message>
  </context>
  <context>
    <name>Crash</name>
    <message>
      <location filename="../../anticorr_desktop/ui/crash.py" line="86" />
      <source>Cannot do this</source>
      <translation>Әрекетті орындау мүмкін емес</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/crash.py" line="99" />
      <source>Internal error</source>
      <translation>Ішкі қате</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/crash.py" line="91" />
      <source>Something went wrong inside the program, and the last action may not have finished. What was saved before stays saved, and you can keep working.

If it happens again, send the file {log} to whoever looks after the program.

Technical detail: {detail}</source>
      <translation>Бағдарламаның ішінде ақау орын алды, соңғы әрекет аяқталмаған болуы мүмкін. Бұған дейін сақталған деректер сақталып қалды, жұмысты жалғастыра беруге болады.

Егер қате қайталанса, {log} файлын бағдарламаға қызмет көрсететін маманға жіберіңіз.

Техникалық мәліметтер: {detail}</translation>
    </message>
  </context>
  <context>
    <name>Detail</name>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="137" />
      <source>&amp;Accept…</source>
      <translation>&amp;Қабылдау…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="140" />
      <source>&amp;Cancel…</source>
      <translation>Күші&amp;н жою…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="136" />
      <source>&amp;Register report…</source>
      <translation>&amp;Есепті тіркеу…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="193" />
      <source>(first set: {date})</source>
      <translation>(бастапқы мерзім: {date})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="113" />
      <source>Accept and Take off control apply to all of them at once.</source>
      <translation>«Қабылдау» және «Бақылаудан алу» әрекеттері олардың барлығына бірден қолданылады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="142" />
      <source>Bac&amp;k on control…</source>
      <translation>Бақы&amp;лауға қайтару…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="203" />
      <source>Control dates</source>
      <translation>Бақылау мерзімдері</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="228" />
      <source>Controller</source>
      <translation>Бақылаушы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="197" />
      <source>Current due date</source>
      <translation>Ағымдағы мерзім</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="235" />
      <source>Decision / reason</source>
      <translation>Шешім / себеп</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="213" />
      <source>Done on</source>
      <translation>Орындалған күні</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="188" />
      <source>Due, as written</source>
      <translation>Мерзім (тұжырымы)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="139" />
      <source>E&amp;xtend deadline…</source>
      <translation>Мерзімді &amp;ұзарту…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="143" />
      <source>Event occ&amp;urred…</source>
      <translation>Оқи&amp;ға орын алды…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="187" />
      <source>Executors</source>
      <translation>Орындаушылар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="249" />
      <source>History</source>
      <translation>Тарихы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_window.py" line="45" />
      <source>Instruction {number}</source>
      <translation>Тапсырма {number}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="217" />
      <source>Issued</source>
      <translation>Берілген күні</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="138" />
      <source>Re&amp;turn for rework…</source>
      <translation>&amp;Пысықтауға қайтару…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="92" />
      <source>Select an instruction to see it in full, with its history. Select several (Ctrl or Shift and click) to accept reports or take them off control together.</source>
      <translation>Тапсырманы тарихымен бірге толық көру үшін оны таңдаңыз. Есептерді бірге қабылдау немесе тапсырмаларды бірге бақылаудан алу үшін бірнешеуін таңдаңыз (Ctrl немесе Shift пернесін басып тұрып шертіңіз).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="170" />
      <source>Status</source>
      <translation>Мәртебесі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="141" />
      <source>Take off contro&amp;l…</source>
      <translation>&amp;Бақылаудан алу…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="180" />
      <source>co-executor</source>
      <translation>бірлескен орындаушы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="178" />
      <source>main executor</source>
      <translation>негізгі орындаушы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="156" />
      <source>minutes No. {number} of {date}</source>
      <translation>{date} ж. № {number} хаттама</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="168" />
      <source>overdue by {n} days</source>
      <translation>мерзімі {n} күнге өтті</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="205" />
      <source>{done} of {n} reported and accepted</source>
      <translation>барлығы {n}, оның ішінде есебі қабылданғаны — {done}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="107" />
      <source>{n} instructions selected</source>
      <translation>{n} тапсырма таңдалды</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="182" />
      <source>Accept the report</source>
      <translation>Есепті қабылдау</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="183" />
      <source>Accepted on:</source>
      <translation>Қабылданған күні:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="291" />
      <source>Cancel the instruction</source>
      <translation>Тапсырманың күшін жою</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="243" />
      <source>Current due date:</source>
      <translation>Ағымдағы мерзім:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="209" />
      <source>Deadline:</source>
      <translation>Мерзімі:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="251" />
      <source>Decided on:</source>
      <translation>Шешім қабылданған күн:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="296" />
      <source>Decision:</source>
      <translation>Шешім:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="241" />
      <source>Extend the deadline</source>
      <translation>Мерзімді ұзарту</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="245" />
      <source>New due date:</source>
      <translation>Жаңа мерзім:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="184" />
      <source>Note:</source>
      <translation>Ескертпе:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="161" />
      <source>Outgoing number:</source>
      <translation>Шығыс нөмірі:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="299" />
      <source>Put back on control</source>
      <translation>Бақылауға қайтару</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="246" />
      <source>Reason:</source>
      <translation>Себебі:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="159" />
      <source>Received on:</source>
      <translation>Алынған күні:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="158" />
      <source>Register a report</source>
      <translation>Есепті тіркеу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="287" />
      <source>Return for rework</source>
      <translation>Пысықтауға қайтару</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="295" />
      <source>Take off control</source>
      <translation>Бақылаудан алу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="208" />
      <source>The event occurred</source>
      <translation>Оқиға орын алды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="211" />
      <source>The event occurred on:</source>
      <translation>Оқиға болған күн:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="288" />
      <source>What to rework:</source>
      <translation>Нені пысықтау керек:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="163" />
      <source>What was done:</source>
      <translation>Не орындалды:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="248" />
      <source>Who decided:</source>
      <translation>Шешім қабылдаған тұлға:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="164" />
      <source>e.g. 05-12/1184</source>
      <translation>мысалы, 05-12/1184</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="315" />
      <source>e.g. Taken off control by the commission's decision (minutes No. 4)</source>
      <translation>мысалы, комиссияның шешімімен бақылаудан алынды (№ 4 хаттама)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="308" />
      <source>e.g. The report was accepted by mistake; the work is not done</source>
      <translation>мысалы: есеп қате қабылданды, жұмыс орындалмаған</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="254" />
      <source>e.g. the chair of the commission</source>
      <translation>мысалы, комиссия төрағасы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="107" />
      <source>{n} instructions selected</source>
      <translation>{n} тапсырма таңдалды</translation>
    </message>
  </context>
  <context>
    <name>Directory</name>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="387" />
      <source>Add a member</source>
      <translation>Мүше қосу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="346" />
      <source>Add a member…</source>
      <translation>Мүше қосу…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="111" />
      <source>Add a person</source>
      <translation>Тұлға қосу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="342" />
      <source>Add a person…</source>
      <translation>Тұлға қосу…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="250" />
      <source>Add an organisation</source>
      <translation>Ұйым қосу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="344" />
      <source>Add an organisation…</source>
      <translation>Ұйым қосу…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="325" />
      <source>Add to the directory</source>
      <translation>Анықтамалыққа қосу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="31" />
      <source>Akim's apparatus</source>
      <translation>Әкім аппараты</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="35" />
      <source>Anti-Corruption Agency</source>
      <translation>Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="266" />
      <source>As executor:</source>
      <translation>Орындаушы ретінде:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="33" />
      <source>City department</source>
      <translation>Қалалық басқарма</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="341" />
      <source>Commission:</source>
      <translation>Комиссия:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="340" />
      <source>Commissions</source>
      <translation>Комиссиялар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="32" />
      <source>District akimat</source>
      <translation>Аудан әкімдігі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="351" />
      <source>Double-click a person or an organisation to edit it. Names are shown in Kazakh when the interface is Kazakh. The commission's names, officers and quorum are in Settings.</source>
      <translation>Тұлғаны немесе ұйымды өңдеу үшін оны екі рет шертіңіз. Интерфейс қазақ тілінде болса, атаулар қазақша көрсетіледі. Комиссияның атаулары, төрағасы, хатшысы және кворумы «Баптаулар» терезесінде өзгертіледі.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="109" />
      <source>Edit a person</source>
      <translation>Тұлғаны өңдеу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="248" />
      <source>Edit an organisation</source>
      <translation>Ұйымды өңдеу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="343" />
      <source>Edit…</source>
      <translation>Өңдеу…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="425" />
      <source>End a membership</source>
      <translation>Мүшелікті тоқтату</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="348" />
      <source>End the membership…</source>
      <translation>Мүшелікті тоқтату…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="129" />
      <source>For the forms of words in documents (Председательствовал / Председательствовала); guessed from the patronymic or surname.</source>
      <translation>Құжаттардағы сөз формалары үшін (Председательствовал / Председательствовала); әкесінің аты немесе тегі бойынша анықталады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="131" />
      <source>From</source>
      <translation>Басталуы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="87" />
      <source>Full name</source>
      <translation>Толық атауы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="262" />
      <source>Full name (Kazakh):</source>
      <translation>Толық атауы (қазақша):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="256" />
      <source>Full name (Russian):</source>
      <translation>Толық атауы (орысша):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="119" />
      <source>Gender:</source>
      <translation>Жынысы:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="37" />
      <source>Group of organisations</source>
      <translation>Ұйымдар тобы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="136" />
      <source>In Kazakh (for documents in Kazakh; empty fields use the above):</source>
      <translation>Қазақша (қазақ тіліндегі құжаттар үшін; бос өрістердің орнына жоғарыдағы мәндер алынады):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="89" />
      <source>Kind</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="264" />
      <source>Kind:</source>
      <translation>Түрі:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="116" />
      <source>Member</source>
      <translation>Мүше</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="392" />
      <source>Member from:</source>
      <translation>Мүшелік басталған күн:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="427" />
      <source>Member until:</source>
      <translation>Мүшелік аяқталған күн:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="274" />
      <source>Members:</source>
      <translation>Мүшелері:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="56" />
      <source>Name</source>
      <translation>Аты-жөні</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="336" />
      <source>Name (Kazakh):</source>
      <translation>Аты-жөні (қазақ тілінде):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="331" />
      <source>Name (Russian):</source>
      <translation>Аты-жөні (орыс тілінде):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="114" />
      <source>Name:</source>
      <translation>Аты:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="321" />
      <source>No commission is set up yet.</source>
      <translation>Комиссия әлі құрылмаған.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="58" />
      <source>Organisation</source>
      <translation>Ұйым</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="151" />
      <source>Organisation:</source>
      <translation>Ұйым:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="339" />
      <source>Organisations</source>
      <translation>Ұйымдар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="36" />
      <source>Other</source>
      <translation>Басқа</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="116" />
      <source>Patronymic:</source>
      <translation>Әкесінің аты:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="338" />
      <source>People</source>
      <translation>Тұлғалар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="327" />
      <source>Person</source>
      <translation>Адам</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="388" />
      <source>Person:</source>
      <translation>Тұлға:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="57" />
      <source>Position</source>
      <translation>Лауазымы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="349" />
      <source>Position (Kazakh):</source>
      <translation>Лауазымы (қазақ тілінде):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="346" />
      <source>Position (Russian):</source>
      <translation>Лауазымы (орыс тілінде):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="118" />
      <source>Position:</source>
      <translation>Лауазымы:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="34" />
      <source>Quasi-state organisation</source>
      <translation>Квазимемлекеттік ұйым</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="331" />
      <source>Quorum: at least {n}/{d} of the voting members</source>
      <translation>Кворум: дауыс беру құқығы бар мүшелердің кемінде {n}/{d} бөлігі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="327" />
      <source>Quorum: more than {n}/{d} of the voting members</source>
      <translation>Кворум: дауыс беру құқығы бар мүшелердің {n}/{d} бөлігінен астамы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="118" />
      <source>Role</source>
      <translation>Рөлі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="389" />
      <source>Role:</source>
      <translation>Рөлі:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="86" />
      <source>Short name</source>
      <translation>Қысқаша атауы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="259" />
      <source>Short name (Kazakh):</source>
      <translation>Қысқаша атауы (қазақша):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="253" />
      <source>Short name (Russian):</source>
      <translation>Қысқаша атауы (орысша):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="113" />
      <source>Surname:</source>
      <translation>Тегі:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="398" />
      <source>Type part of the name</source>
      <translation>Аты-жөнінің бір бөлігін теріңіз</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="136" />
      <source>Until</source>
      <translation>Аяқталуы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="123" />
      <source>Votes</source>
      <translation>Дауыс құқығы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="390" />
      <source>Votes:</source>
      <translation>Дауыс құқығы:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="395" />
      <source>counts towards the quorum and votes</source>
      <translation>кворумға есептеледі және дауыс береді</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="155" />
      <source>e.g. Руководитель управления спорта</source>
      <translation>мысалы, Руководитель управления спорта</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="343" />
      <source>e.g. Управление спорта</source>
      <translation>мысалы, Спорт басқармасы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="124" />
      <source>female</source>
      <translation>әйел</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="123" />
      <source>male</source>
      <translation>ер</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="127" />
      <source>no</source>
      <translation>жоқ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="122" />
      <source>not known</source>
      <translation>белгісіз</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="269" />
      <source>stands for each of its members (otherwise one addressee)</source>
      <translation>оның әрбір мүшесін білдіреді (әйтпесе — бір адресат)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="125" />
      <source>yes</source>
      <translation>иә</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="341" />
      <source>Фамилия Имя Отчество</source>
      <translation>Тегі Аты Әкесінің аты</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="153" />
      <source>— none —</source>
      <translation>— жоқ —</translation>
    </message>
  </context>
  <context>
    <name>Documents</name>
    <message>
      <location filename="../../anticorr_desktop/reports/build.py" line="632" />
      <source>Total</source>
      <translation>Барлығы</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="574" />
      <source>"version" is missing.</source>
      <translation>Файлда «version» өрісі жоқ.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="334" />
      <source>"{choice}" is not a vote.</source>
      <translation>«{choice}» — дауыс беру нұсқасы емес.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="57" />
      <source>"{ref}" is not a session: give its id or YEAR/NUMBER, e.g. 2024/4.</source>
      <translation>«{ref}» — отырыстың белгісі емес: отырыстың ID нөмірін немесе YEAR/NUMBER (жыл/нөмір) көрсетіңіз, мысалы, 2024/4.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="165" />
      <source>"{text}" is not a date: a day of the month is from 1 to 31, not {day}.</source>
      <translation>«{text}» дұрыс күн емес: айдың күні 1-ден 31-ге дейін болуы керек, ал көрсетілгені — {day}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="183" />
      <source>"{text}" is not a date: month {month:02d} has at most {days} days.</source>
      <translation>«{text}» дұрыс күн емес: {month:02d} айында ең көбі {days} күн болады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="192" />
      <source>"{text}" is not a date: the year must be from {min_year} to {max_year}, not {year}.</source>
      <translation>«{text}» дұрыс күн емес: жыл {min_year}–{max_year} аралығында болуы керек, ал көрсетілгені — {year}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="159" />
      <source>"{text}" is not a date: there is no month {month}.</source>
      <translation>«{text}» дұрыс күн емес: {month} нөмірлі ай жоқ.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="173" />
      <source>"{text}" is not a date: {month:02d}.{year} has only {days} days.</source>
      <translation>«{text}» дұрыс күн емес: {month:02d}.{year} айында небәрі {days} күн бар.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="331" />
      <source>"{text}" matches several executors: {names}. Be more precise.</source>
      <translation>«{text}» бірнеше орындаушыға сәйкес келеді: {names}. Нақтылаңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="360" />
      <source>"{text}" matches several people: {names}. Be more precise.</source>
      <translation>«{text}» сұрауына бірнеше адам сәйкес келеді: {names}. Сұрауды нақтылаңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="219" />
      <source>"{text}": a day of the month is from 1 to 31, not {day}.</source>
      <translation>«{text}»: айдың күні 1-ден 31-ге дейін болуы керек, ал көрсетілгені — {day}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="233" />
      <source>"{text}": a time of day needs a date; write, for example: {examples}.</source>
      <translation>«{text}»: тәулік уақыты күнмен бірге жазылады; мысалы: {examples}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="247" />
      <source>"{text}": a year has two half-years, not {n}.</source>
      <translation>«{text}»: жылда екі жартыжылдық бар, {n} емес.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="255" />
      <source>"{text}": by the start of the period or by its end? Write, for example: {examples}.</source>
      <translation>«{text}»: кезеңнің басына дейін бе, әлде соңына дейін бе? Мысалы, былай жазыңыз: {examples}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="251" />
      <source>"{text}": the period ends before it begins.</source>
      <translation>«{text}»: кезең басталмай тұрып аяқталады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="206" />
      <source>"{text}": the term is too long; at most ten years.</source>
      <translation>«{text}»: мерзім тым ұзақ; ол он жылдан аспауы керек.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="202" />
      <source>"{text}": the term must be longer than zero.</source>
      <translation>«{text}»: мерзім нөлден артық болуы керек.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="225" />
      <source>"{text}": {clock} is not a time of day; write it as 10:00 (hours 0-23, minutes 0-59).</source>
      <translation>«{text}»: {clock} — тәулік уақыты емес; 10:00 түрінде жазыңыз (сағат 0–23, минут 0–59).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="474" />
      <source>"{time}" is not a time of day; write it as 15:00.</source>
      <translation>«{time}» — тәулік уақыты емес; уақытты 15:00 түрінде жазыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="944" />
      <source>"{value}" is before the instruction was issued ({issued})</source>
      <translation>«{value}» мерзімі тапсырма берілген күннен ({issued}) бұрын</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="459" />
      <source>"{value}" is not a date (write YYYY-MM-DD, e.g. 2024-12-25)</source>
      <translation>«{value}» дұрыс күн емес (күнді YYYY-MM-DD түрінде жазыңыз, мысалы, 2024-12-25)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="50" />
      <source>"{value}" is not a date; write 2025-06-30 or 30.06.2025.</source>
      <translation>«{value}» дұрыс күн емес; күнді 2025-06-30 немесе 30.06.2025 түрінде жазыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="312" />
      <source>"{value}" is not a kind of executor.</source>
      <translation>«{value}» — орындаушының түрі емес.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="438" />
      <source>"{value}" is not a status; use one of: {allowed}.</source>
      <translation>«{value}» — мәртебе емес; мына мәндердің бірін пайдаланыңыз: {allowed}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="480" />
      <source>"{value}" is not an executor: write its reference (o5, p12, o5p12), person or organisation.</source>
      <translation>«{value}» орындаушы емес: оның сілтемесін (o5, p12, o5p12), person немесе organisation деп жазыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="470" />
      <source>"{value}" is not one of: {allowed}</source>
      <translation>«{value}» — жарамсыз мән; рұқсат етілген мәндер: {allowed}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="392" />
      <source>"{value}": write COLUMN=FIELD, e.g. C=deadline.</source>
      <translation>«{value}»: БАҒАН=ӨРІС түрінде жазыңыз, мысалы C=deadline.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="439" />
      <source>"{value}": write NAME=REF (o5, p12, o5p12) or NAME=new.</source>
      <translation>«{value}»: АТЫ=СІЛТЕМЕ (o5, p12, o5p12) немесе АТЫ=new түрінде жазыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="135" />
      <source>25.12.2024, до 25 декабря 2024 года, в месячный срок, в течение 10 рабочих дней, ежеквартально, до 5 числа, постоянно, к следующему заседанию, по итогам проверки</source>
      <translation>25.12.2024, 2024 жылғы 25 желтоқсанға дейін, бір ай мерзімде, 10 жұмыс күні ішінде, тоқсан сайын, айдың 5-күніне дейін, тұрақты, келесі отырысқа дейін, тексеру қорытындысы бойынша</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="488" />
      <source>A control date can be moved only to before the next one ({next}); the next report is due then anyway.</source>
      <translation>Бақылау мерзімін тек келесі бақылау мерзімінен ({next}) ертерек күнге ауыстыруға болады: оған дейін есеп бәрібір міндетті.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="179" />
      <source>A group's members are organisations, not groups: {name}.</source>
      <translation>Топтың мүшелері — топтар емес, ұйымдар: {name}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="174" />
      <source>A member cannot be their own substitute: {name}. Choose another person.</source>
      <translation>Мүше өз орнын өзі баса алмайды: {name}. Орнын басушы ретінде басқа тұлғаны таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="210" />
      <source>A report cannot be registered: the instruction is {status}.</source>
      <translation>Есепті тіркеу мүмкін емес: тапсырманың мәртебесі — «{status}».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="181" />
      <source>A session belongs to a commission: set the commission up first (File → Settings → Commissions).</source>
      <translation>Отырыс комиссияға тиесілі: алдымен комиссияны енгізіңіз («Файл» → «Баптаулар…» → «Комиссиялар»).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="399" />
      <source>A signatory is not in the directory.</source>
      <translation>Қол қоюшы анықтамалықта жоқ.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="224" />
      <source>A speaker needs a person from the directory or a name.</source>
      <translation>Сөйлеушіні анықтамалықтан таңдаңыз немесе оның аты-жөнін жазыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="409" />
      <source>Add the signatories, or choose who signs otherwise.</source>
      <translation>Қол қоюшыларды қосыңыз немесе қол қоюдың басқа тәртібін таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="570" />
      <source>Agenda item {id} does not exist.</source>
      <translation>Күн тәртібінің мәселесі табылмады (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/base.py" line="147" />
      <source>An executor is listed twice.</source>
      <translation>Бір орындаушы екі рет көрсетілген. Қайталанғанын алып тастаңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/backup.py" line="35" />
      <source>An in-memory database cannot be backed up.</source>
      <translation>Жедел жадтағы дерекқордың резервтік көшірмесін жасау мүмкін емес.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="175" />
      <source>An organisation is listed twice in the group.</source>
      <translation>Ұйым топта екі рет көрсетілген.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/place.py" line="146" />
      <source>Cannot create the folder {path}: {detail}</source>
      <translation>{path} қалтасын құру мүмкін емес: {detail}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/db.py" line="197" />
      <source>Cannot open the database file ({detail}). Check the folder exists and you may write to it.</source>
      <translation>Дерекқор файлын ашу мүмкін емес ({detail}). Қалтаның бар екенін және оған жазуға құқығыңыз бар екенін тексеріңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="1772" />
      <source>Cannot open {path}: {detail}</source>
      <translation>{path} файлын ашу мүмкін емес: {detail}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="1838" />
      <source>Cannot read the database file {path}: {detail}. Check that you may read it.</source>
      <translation>{path} дерекқор файлын оқу мүмкін емес: {detail}. Оны оқуға құқығыңыз бар екенін тексеріңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="151" />
      <source>Cannot read the due date "{text}". Write it as, for example: {examples}.</source>
      <translation>«{text}» мерзімін тану мүмкін емес. Оны, мысалы, былай жазыңыз: {examples}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="210" />
      <source>Cannot read the schedule "{text}": say by which day, for example: ежемесячно, до 5 числа; ежеквартально, до 5 числа месяца, следующего за отчетным; ежегодно, до 20 января.</source>
      <translation>«{text}» кезеңділігін тану мүмкін емес: қай күнге дейін екенін көрсетіңіз, мысалы: ай сайын, айдың 5-күніне дейін; тоқсан сайын, есепті кезеңнен кейінгі айдың 5-күніне дейін; жыл сайын, 20 қаңтарға дейін.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="497" />
      <source>Cannot read {path}: {detail}</source>
      <translation>{path} файлын оқу мүмкін емес: {detail}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="357" />
      <source>Cannot write {path}: {detail}</source>
      <translation>{path} файлын жазу мүмкін емес: {detail}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="377" />
      <source>Choose a person from the list.</source>
      <translation>Тізімнен тұлғаны таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="354" />
      <source>Commission {id} does not exist.</source>
      <translation>Комиссия табылмады (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="672" />
      <source>Decision {id} does not exist.</source>
      <translation>Шешім табылмады (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="363" />
      <source>Every control date already has its report; accept or return the reports awaiting a decision first.</source>
      <translation>Барлық бақылау мерзімдері бойынша есептер түсті; алдымен шешім күтіп тұрған есептерді қабылдаңыз немесе қайтарыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="369" />
      <source>Executors not found in the directory: {names}. Choose who they are, or let the import add them; nothing was imported.</source>
      <translation>Орындаушылар анықтамалықта табылмады: {names}. Олардың кім екенін таңдаңыз немесе импортқа оларды қосуға рұқсат етіңіз; ештеңе импортталмады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="465" />
      <source>Give all three vote counts (for, against, abstained), none negative.</source>
      <translation>Дауыс берудің үш нәтижесін де көрсетіңіз («жақтады», «қарсы», «қалыс қалды»); сандар теріс болмауы керек.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="257" />
      <source>Give the reason for the extension.</source>
      <translation>Мерзімді ұзарту себебін көрсетіңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="727" />
      <source>Instruction {id} does not exist.</source>
      <translation>Тапсырма табылмады (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="42" />
      <source>Instruction {number} is already being executed: change its deadline with an extension, or cancel it and issue a new one.</source>
      <translation>{number}-тапсырма орындалу үстінде: оның мерзімін ұзарту арқылы өзгертіңіз немесе тапсырманың күшін жойып, жаңасын беріңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="260" />
      <source>Instruction {number} is no longer on control.</source>
      <translation>{number} тапсырмасы бақылаудан алынған.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="253" />
      <source>Instruction {number}'s deadline does not count from an event ("{due}"); nothing to compute.</source>
      <translation>{number} тапсырмасының мерзімі оқиғадан есептелмейді («{due}»): есептейтін ештеңе жоқ.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="157" />
      <source>Mark the session as held before approving it.</source>
      <translation>Отырысты бекітпес бұрын оны өткізілді деп белгілеңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="422" />
      <source>Membership ends ({to}) before it starts ({frm}).</source>
      <translation>Мүшеліктің аяқталу күні ({to}) басталу күнінен ({frm}) бұрын. Күндерді түзетіңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="445" />
      <source>Membership {id} does not exist.</source>
      <translation>Комиссия мүшелігі туралы жазба табылмады (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/base.py" line="127" />
      <source>Name at least one executor; the first is the main executor.</source>
      <translation>Кемінде бір орындаушыны көрсетіңіз; бірінші көрсетілгені негізгі орындаушы болып саналады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="271" />
      <source>No column holds the instruction's text. Map a column to the field «{field}».</source>
      <translation>Ешбір бағанда тапсырма мәтіні жоқ. «{field}» өрісіне бағанды көрсетіңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/backup.py" line="164" />
      <source>No folder to unpack the backup {path} into.</source>
      <translation>{path} сақтық көшірмесін ашып шығаратын қалта жоқ.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="355" />
      <source>No person matches "{text}".</source>
      <translation>«{text}» сұрауы бойынша ешкім табылмады. Жазылуын тексеріңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="325" />
      <source>No person or organisation matches "{text}".</source>
      <translation>«{text}» сәйкес келетін адам да, ұйым да жоқ.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/workdays.py" line="348" />
      <source>No working day within {days} days of {date}: check the calendar table.</source>
      <translation>{date} күнінен бастап {days} күн ішінде бірде-бір жұмыс күні жоқ: жұмыс және демалыс күндерінің күнтізбесін тексеріңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="726" />
      <source>No. {number} of {year} appears twice in this file ({other})</source>
      <translation>{year} жылғы № {number} файлда екі рет кездеседі ({other})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="846" />
      <source>Nothing was changed: there is no terminal to ask whether to replace the database. Add --yes to restore without asking.</source>
      <translation>Ештеңе өзгертілмеді: дерекқорды ауыстыру керегін сұрайтын терминал жоқ. Сұрамай қалпына келтіру үшін --yes қосыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="217" />
      <source>Only a done instruction can be taken off control; this one is {status}.</source>
      <translation>Бақылаудан тек орындалған тапсырманы алуға болады; бұл тапсырманың мәртебесі — «{status}».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="220" />
      <source>Only a done instruction or one taken off control can be put back on control; this one is {status}.</source>
      <translation>Бақылауға тек орындалған немесе бақылаудан алынған тапсырманы қайтаруға болады; бұл тапсырма: {status}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="172" />
      <source>Only a group has members; set its kind to group.</source>
      <translation>Мүшелер тек топта болады; түрін «топ» деп көрсетіңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="215" />
      <source>Organisation {id} does not exist.</source>
      <translation>Ұйым табылмады (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="306" />
      <source>Person {id} does not exist.</source>
      <translation>Тұлға анықтамалықтан табылмады (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/settings.py" line="56" />
      <source>Reminders look ahead between 1 and {max} working days.</source>
      <translation>Еске салулар 1-ден {max} жұмыс күніне дейінгі мерзімді қамтиды.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="742" />
      <source>Session No. {number} of {year} already exists in this commission with other contents</source>
      <translation>бұл комиссияда {year} жылғы № {number} отырыс басқа мазмұнмен бұрыннан бар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="402" />
      <source>Session No. {number} of {year} already exists in this commission. Choose another number.</source>
      <translation>Бұл комиссияда {year} жылғы № {number} отырыс бұрыннан бар. Басқа нөмір таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="414" />
      <source>Session {id} does not exist.</source>
      <translation>Отырыс табылмады (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/documents.py" line="244" />
      <source>Session {label} has no instructions.</source>
      <translation>{label} отырысы бойынша тапсырмалар жоқ.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/base.py" line="180" />
      <source>Session {label} is approved and locked. Reopen it (with a reason) to change it.</source>
      <translation>{label} отырысы бекітілген және өзгертуге жабық. Өзгерту үшін оны себебін көрсетіп қайта ашыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="292" />
      <source>Set up the commission first: the register's protocols become its sessions.</source>
      <translation>Алдымен комиссияны баптаңыз: тізілімдегі хаттамалар оның отырыстары болады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="64" />
      <source>Several commissions have a session {ref}; give its id instead ({ids}).</source>
      <translation>{ref} отырысы бірнеше комиссияда бар; оның орнына қажетті отырыстың ID нөмірін көрсетіңіз ({ids}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="330" />
      <source>The agenda item belongs to another session.</source>
      <translation>Күн тәртібінің тармағы басқа отырысқа жатады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/backup.py" line="89" />
      <source>The backup to {path} failed: {detail}</source>
      <translation>Резервтік көшірмені жасау мүмкін болмады ({path}): {detail}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/backup.py" line="179" />
      <source>The backup {path} could not be unpacked: {detail}. Nothing was changed.</source>
      <translation>{path} сақтық көшірмесін ашып шығару мүмкін болмады: {detail}. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/exchange.py" line="53" />
      <source>The database already holds data; the demo loads only into an empty one.</source>
      <translation>Дерекқорда деректер бар; демонстрациялық деректер тек бос дерекқорға жүктеледі. Басқа дерекқор файлын көрсетіңіз (--db).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="752" />
      <source>The database file is damaged ({detail}). Restore it from a backup.</source>
      <translation>Дерекқор файлы бүлінген ({detail}). Оны резервтік көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="1812" />
      <source>The database file {path} is empty (0 bytes), yet it has backups in {folder}: it was lost, not new. None of the backups passes the checks; keep the files and ask for help.</source>
      <translation>{path} дерекқор файлы бос (0 байт), бірақ {folder} ішінде оның сақтық көшірмелері бар: дерекқор жаңа емес, жоғалған. Сақтық көшірмелердің ешқайсысы тексеруден өтпейді; файлдарды сақтап, көмек сұраңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="1819" />
      <source>The database file {path} is empty (0 bytes), yet it has backups: it was lost, not new. Restore the newest good backup: anticorr --db {path} restore {backup}</source>
      <translation>{path} дерекқор файлы бос (0 байт), бірақ оның сақтық көшірмелері бар: дерекқор жаңа емес, жоғалған. Ең соңғы жарамды сақтық көшірмені қалпына келтіріңіз: anticorr --db {path} restore {backup}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/writelock.py" line="36" />
      <source>The database is busy: another copy of the program is restoring, importing or saving. Nothing was saved; try again in a moment.</source>
      <translation>Дерекқор бос емес: бағдарламаның басқа көшірмесі деректерді қалпына келтіріп, импорттап немесе сақтап жатыр. Ештеңе сақталған жоқ; сәлден соң қайталап көріңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/db.py" line="187" />
      <source>The database is busy: another copy of the program is saving. Nothing was saved; try again in a moment.</source>
      <translation>Дерекқор бос емес: бағдарламаның басқа данасы деректерді сақтап жатыр. Ештеңе сақталмады; бірнеше секундтан кейін қайталап көріңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/backup.py" line="71" />
      <source>The database is damaged ({detail}): no backup was written, and nothing was changed. Restore the newest good backup.</source>
      <translation>Дерекқор зақымдалған ({detail}): сақтық көшірме жазылмады, ештеңе өзгертілмеді. Ең соңғы жарамды сақтық көшірмені қалпына келтіріңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/backups.py" line="59" />
      <source>The database is open in the program of {user} on {host}: close it there first, then restore. Nothing was changed.</source>
      <translation>Дерекқор {host} компьютерінде {user} пайдаланушының бағдарламасында ашық: алдымен оны сол жерде жабыңыз, содан кейін қалпына келтіріңіз. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/db.py" line="193" />
      <source>The database is open read-only. Nothing was saved.</source>
      <translation>Дерекқор тек оқу үшін ашылған. Ештеңе сақталмады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="1742" />
      <source>The database needs an upgrade that cannot run read-only.</source>
      <translation>Дерекқорды жаңарту қажет, ал мұны тек оқу режимінде орындау мүмкін емес. Оны жазу құқығымен ашыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="1716" />
      <source>The database {path} does not exist. Check the path or create it with: anticorr init</source>
      <translation>Дерекқор файлы табылмады: {path}. Жолды тексеріңіз немесе дерекқорды мына командамен құрыңыз: anticorr init</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="285" />
      <source>The database {path} does not exist. Create it with: anticorr init</source>
      <translation>Дерекқор файлы табылмады: {path}. Дерекқорды мына командамен құрыңыз: anticorr init</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="215" />
      <source>The deadline cannot be extended: the instruction is {status}.</source>
      <translation>Мерзімді ұзарту мүмкін емес: тапсырманың мәртебесі — «{status}».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="154" />
      <source>The decision belongs to another session; pick a decision of this one.</source>
      <translation>Бұл шешім басқа отырысқа жатады; осы отырыстың шешімін таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="406" />
      <source>The decision date {date} is before the report was received ({received}).</source>
      <translation>Шешім күні ({date}) есептің түскен күнінен ({received}) ерте. Күнді түзетіңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="927" />
      <source>The default day must be from 1 to 31.</source>
      <translation>Әдепкі күн 1-ден 31-ге дейінгі сан болуы керек.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/db.py" line="181" />
      <source>The disk is full or failed while saving. Nothing was saved. Free some space and try again.</source>
      <translation>Диск толып қалған немесе сақтау кезінде дискіде ақау болды. Ештеңе сақталмады. Дискіде орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="191" />
      <source>The due date {due} is before the instruction was issued ({issued}).</source>
      <translation>{due} мерзімі тапсырма берілген күннен ({issued}) бұрын. Кейінірек мерзімді көрсетіңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="225" />
      <source>The event can no longer be recorded: the instruction is {status}.</source>
      <translation>Оқиғаны енді белгілеуге болмайды: тапсырма — {status}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="264" />
      <source>The event's date {date} is before the instruction was issued ({issued}).</source>
      <translation>Оқиға күні {date} тапсырма берілген күннен ({issued}) бұрын.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="270" />
      <source>The event's date {date} is in the future; record it once it has happened.</source>
      <translation>Оқиға күні {date} әлі келген жоқ; оқиға болған соң белгілеңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="1127" />
      <source>The file differs from this database in {n} record(s): {examples}. An import only adds what is missing and never rewrites what this database holds, so nothing was imported. Compare with an export of this database.</source>
      <translation>Файл осы дерекқордан жазбалар бойынша ерекшеленеді ({n}): {examples}. Импорт тек жетіспейтінін қосады және дерекқорда бар нәрсені ешқашан қайта жазбайды, сондықтан ештеңе импортталмады. Файлды осы дерекқордың экспортымен салыстырыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="576" />
      <source>The file has format version {ver}; this program reads version {mine}. Install a newer version of the program.</source>
      <translation>Файл форматының нұсқасы — {ver}, ал бұл бағдарлама {mine} нұсқасын оқиды. Бағдарламаның жаңарақ нұсқасын орнатыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="567" />
      <source>The file must hold a JSON object, not {kind}.</source>
      <translation>Файлда JSON объектісі болуы керек, ал онда {kind} бар.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/registers.py" line="80" />
      <source>The file {path} does not exist.</source>
      <translation>{path} файлы жоқ.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/registers.py" line="82" />
      <source>The file {path} is too large to be a register (over {mb} MB).</source>
      <translation>{path} файлы тізілім үшін тым үлкен ({mb} МБ-тан асады).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="132" />
      <source>The folder {folder} does not exist. Choose another.</source>
      <translation>Қалта табылмады: {folder}. Басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/base.py" line="137" />
      <source>The group {name} has no members; add its organisations in the directory or name them one by one.</source>
      <translation>«{name}» тобында мүшелер жоқ: оның ұйымдарын анықтамалыққа қосыңыз немесе оларды бір-бірлеп көрсетіңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="379" />
      <source>The header row is counted from 1.</source>
      <translation>Тақырып жолы 1-ден бастап саналады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="252" />
      <source>The header row {n} is outside the sheet (it has {rows} rows).</source>
      <translation>{n}-тақырып жолы парақта жоқ (онда {rows} жол бар).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="216" />
      <source>The instruction cannot be cancelled: it is {status}.</source>
      <translation>Тапсырманың күшін жою мүмкін емес: оның мәртебесі — «{status}».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/schema.py" line="548" />
      <source>The journal's hash chain is broken at entry {seq}, so the database was not converted to this version's format (nothing was changed). Restore the newest good backup, or open the file with the previous version.</source>
      <translation>Журналдың хеш тізбегі {seq} жазбасында бұзылған, сондықтан дерекқор осы нұсқаның пішіміне түрлендірілмеді (ештеңе өзгертілмеді). Соңғы жарамды сақтық көшірмені қалпына келтіріңіз немесе файлды бағдарламаның алдыңғы нұсқасымен ашыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="251" />
      <source>The new due date {new} must be later than the current one, {old}.</source>
      <translation>Жаңа мерзім ({new}) ағымдағы мерзімнен ({old}) кейін болуы керек.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="194" />
      <source>The period ends ({to}) before it starts ({frm}).</source>
      <translation>Кезеңнің аяқталу күні ({to}) басталу күнінен ({frm}) бұрын. Күндерді түзетіңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="371" />
      <source>The quorum must be a fraction between 0 and 1, such as 2/3.</source>
      <translation>Кворум 0 мен 1 аралығындағы бөлшек болуы керек, мысалы, 2/3.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="350" />
      <source>The register has {n} problem(s); nothing was imported. First: {first}</source>
      <translation>Тізілімде {n} қате бар; ештеңе импортталмады. Алғашқылары: {first}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="342" />
      <source>The report date {date} is before the instruction was issued ({issued}).</source>
      <translation>Есептің күні ({date}) тапсырма берілген күннен ({issued}) бұрын. Күнді тексеріңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="348" />
      <source>The report date {date} is in the future.</source>
      <translation>Есептің күні ({date}) әлі келген жоқ. Күнді тексеріңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/backup.py" line="490" />
      <source>The restore failed: {detail}. The database was left as it was.</source>
      <translation>Қалпына келтіру сәтсіз аяқталды: {detail}. Дерекқор өзгеріссіз қалды.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/backup.py" line="430" />
      <source>The restore failed: {detail}. The previous contents are in {backup}.</source>
      <translation>Қалпына келтіру сәтсіз аяқталды: {detail}. Бұрынғы деректер мына файлда сақтаулы: {backup}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="201" />
      <source>The schedule gives no control date before {until}. Check the day of the month or give an end date.</source>
      <translation>Бұл кезеңділік бойынша бақылау мерзімі шықпайды (шекті күн — {until}). Айдың күнін тексеріңіз немесе аяқталу күнін көрсетіңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="472" />
      <source>The session number must be a positive whole number.</source>
      <translation>Отырыстың нөмірі оң бүтін сан болуы керек.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="764" />
      <source>The tracker lists no instructions: there is nothing to export.</source>
      <translation>«Тапсырмалар» бөлімінде бірде-бір тапсырма көрсетілмеген: экспорттайтын ештеңе жоқ.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/registers.py" line="127" />
      <source>The workbook has no sheet "{sheet}"; its sheets: {names}.</source>
      <translation>Кітапта «{sheet}» парағы жоқ; оның парақтары: {names}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="395" />
      <source>There is no column "{column}"; the columns: {names}.</source>
      <translation>«{column}» бағаны жоқ; бағандар: {names}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="385" />
      <source>There is no report awaiting a decision. Register the executor's report first.</source>
      <translation>Шешім күтіп тұрған есеп жоқ. Алдымен орындаушының есебін тіркеңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="211" />
      <source>There is no report awaiting a decision: the instruction is {status}.</source>
      <translation>Шешім күтіп тұрған есеп жоқ: тапсырманың мәртебесі — «{status}».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="214" />
      <source>There is no report to return: the instruction is {status}.</source>
      <translation>Пысықтауға қайтаратын есеп жоқ: тапсырманың мәртебесі — «{status}».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="62" />
      <source>There is no session {ref}.</source>
      <translation>{ref} отырысы табылмады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="1735" />
      <source>This database was written by a newer version of the program (schema {names}). Install the newer version to open it.</source>
      <translation>Бұл дерекқор бағдарламаның жаңарақ нұсқасымен жазылған (схема: {names}). Оны ашу үшін бағдарламаның жаңа нұсқасын орнатыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="148" />
      <source>This decision already has its instruction; add another decision for a further instruction.</source>
      <translation>Бұл шешім бойынша тапсырма берілген; келесі тапсырма үшін жаңа шешім қосыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="691" />
      <source>This decision has instructions; cancel or remove them first.</source>
      <translation>Бұл шешім бойынша тапсырмалар бар; алдымен олардың күшін жойыңыз немесе оларды өшіріңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="249" />
      <source>This instruction has no due date to extend.</source>
      <translation>Бұл тапсырманың ұзартылатын мерзімі жоқ.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="569" />
      <source>This is not an AntiCorr Desktop file ("format" should be "{fmt}").</source>
      <translation>Бұл AntiCorr Desktop файлы емес («format» өрісінің мәні «{fmt}» болуы керек).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="274" />
      <source>This organisation is an executor, a person's place of work or a group's member; it cannot be deleted.</source>
      <translation>Бұл ұйым — орындаушы, адамның жұмыс орны немесе топ мүшесі; оны жоюға болмайды.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="350" />
      <source>This session has no instructions with executors yet, so there is nothing to extract.</source>
      <translation>Бұл отырыста орындаушылары көрсетілген тапсырмалар әлі жоқ, сондықтан үзінді жасауға ештеңе жоқ.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="130" />
      <source>Tick at least one executor.</source>
      <translation>Кемінде бір орындаушыны белгілеңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="404" />
      <source>Unknown field "{field}"; the fields: {fields}.</source>
      <translation>Белгісіз өріс «{field}»; өрістер: {fields}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="265" />
      <source>Unknown field(s): {names}. The fields: {fields}.</source>
      <translation>Белгісіз өрістер: {names}. Өрістер: {fields}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="388" />
      <source>Write the decisions' lead-in, or choose a standard one.</source>
      <translation>Шешімдердің кіріспе сөзін жазыңыз немесе стандарттысын таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="386" />
      <source>Write the protocol's title, or choose a standard one.</source>
      <translation>Хаттаманың тақырыбын жазыңыз немесе стандартты тақырыпты таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="391" />
      <source>Write the vote words as three words separated by "/", such as: за / против / воздержались.</source>
      <translation>Дауыс беру сөздерін «/» арқылы үш сөзбен жазыңыз, мысалы: жақтап / қарсы / қалыс қалғандар.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="640" />
      <source>ends before it starts</source>
      <translation>аяқталу күні басталу күнінен бұрын</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="846" />
      <source>is "{value}"; expected for, against or abstained</source>
      <translation>«{value}» мәні берілген; for, against немесе abstained күтіледі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="690" />
      <source>is "{value}"; expected one of: {allowed}</source>
      <translation>«{value}» мәні берілген; мыналардың бірі күтіледі: {allowed}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="966" />
      <source>is earlier than the original due date</source>
      <translation>ағымдағы мерзім бастапқы мерзімнен бұрын</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="760" />
      <source>is marked present and absent at once</source>
      <translation>бір мезгілде қатысқан да, қатыспаған да деп белгіленген</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="381" />
      <source>is missing</source>
      <translation>өріс жоқ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="396" />
      <source>is missing or empty</source>
      <translation>өріс жоқ немесе толтырылмаған</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="979" />
      <source>is missing: write the due rule as text (e.g. "до 25 декабря 2024 года") or as an object</source>
      <translation>өріс жоқ: мерзімді мәтінмен (мысалы, «до 25 декабря 2024 года») немесе объект түрінде жазыңыз</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="955" />
      <source>is not a valid due rule</source>
      <translation>мерзім ережесі жарамсыз</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="403" />
      <source>is too long ({n} characters; the limit is {limit})</source>
      <translation>мәтін тым ұзын ({n} таңба; шегі — {limit} таңба)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="721" />
      <source>is {year} but the session's date is in {dyear}</source>
      <translation>{year} жыл көрсетілген, бірақ отырыс күні {dyear} жылға жатады</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="918" />
      <source>lists the same executor twice</source>
      <translation>бір орындаушы екі рет көрсетілген</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="753" />
      <source>lists the same person twice</source>
      <translation>бір тұлға екі рет көрсетілген</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="618" />
      <source>must be "m", "f" or empty</source>
      <translation>«m», «f» немесе бос болуы керек</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="455" />
      <source>must be a date as text (YYYY-MM-DD)</source>
      <translation>мән мәтін түріндегі күн болуы керек (YYYY-MM-DD)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="635" />
      <source>must be a fraction between 0 and 1, such as 2/3</source>
      <translation>мән 0 мен 1 аралығындағы бөлшек болуы керек, мысалы, 2/3</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="384" />
      <source>must be a list</source>
      <translation>мән тізім болуы керек</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="596" />
      <source>must be a list of organisation uids</source>
      <translation>ұйымдардың uid тізімі болуы керек</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="429" />
      <source>must be a whole number, not {value}</source>
      <translation>мән бүтін сан болуы керек, ал берілгені — {value}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="678" />
      <source>must be an object</source>
      <translation>мән объект болуы керек</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="832" />
      <source>must be an object with for, against, abstained</source>
      <translation>мән for, against, abstained өрістері бар объект болуы керек</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="435" />
      <source>must be at least {minimum}</source>
      <translation>мән кемінде {minimum} болуы керек</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="399" />
      <source>must be text, not {value}</source>
      <translation>мән мәтін болуы керек, ал берілгені — {value}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="699" />
      <source>must be three words separated by "/"</source>
      <translation>«/» арқылы бөлінген үш сөзден тұруы керек</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="441" />
      <source>must be true or false</source>
      <translation>мән true немесе false болуы керек</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="889" />
      <source>must list at least one executor (the first is the main executor)</source>
      <translation>кемінде бір орындаушыны көрсетіңіз (біріншісі негізгі орындаушы болып саналады)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="787" />
      <source>needs a person or a name</source>
      <translation>анықтамалықтағы тұлғаны (person) немесе аты-жөнін (name) көрсетіңіз</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="964" />
      <source>needs the original and the current due date</source>
      <translation>бастапқы және ағымдағы мерзімдерді көрсетіңіз</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="839" />
      <source>refers to an agenda item not in this session "{uid}"</source>
      <translation>осы отырыстың күн тәртібінде жоқ тармаққа сілтейді «{uid}»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="716" />
      <source>refers to an unknown commission "{uid}"</source>
      <translation>белгісіз комиссияға сілтеме: «{uid}»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="989" />
      <source>refers to an unknown control point</source>
      <translation>белгісіз бақылау мерзіміне сілтеме</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="884" />
      <source>refers to an unknown decision "{uid}"</source>
      <translation>белгісіз шешімге сілтеме: «{uid}»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="608" />
      <source>refers to an unknown organisation "{uid}"</source>
      <translation>белгісіз ұйымға сілтеме: «{uid}»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="561" />
      <source>refers to an unknown person "{uid}"</source>
      <translation>белгісіз тұлғаға сілтеме: «{uid}»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="1014" />
      <source>the new date {new} must be later than the old one {old}</source>
      <translation>жаңа күн ({new}) бұрынғы күннен ({old}) кейін болуы керек</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="992" />
      <source>{date} is before the instruction was issued</source>
      <translation>{date} күні тапсырма берілген күннен бұрын</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="925" />
      <source>{msg}</source>
      <translation>{msg}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="168" />
      <source>{name} appears twice in the attendance list.</source>
      <translation>Отырысқа қатысушылар тізімінде {name} екі рет көрсетілген. Қайталанғанын алып тастаңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/reports/build.py" line="499" />
      <source>{name} has no instructions in session {label}.</source>
      <translation>{label} отырысы бойынша орындаушы {name} үшін тапсырма жоқ.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="181" />
      <source>{name} is marked present and absent at once.</source>
      <translation>{name} бір мезгілде қатысқан да, қатыспаған да деп белгіленген. Тек біреуін қалдырыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="336" />
      <source>{name} voted twice on the same question.</source>
      <translation>{name} бір мәселе бойынша екі рет дауыс берді.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/documents.py" line="154" />
      <source>{n} text(s) have no {lang} version: {items}. Fill them in, or print with the other language marked (--allow-mixed).</source>
      <translation>{lang} тіліндегі нұсқасы жоқ мәтіндер: {n} — {items}. Оларды толтырыңыз немесе басқа тіл белгіленіп басып шығарыңыз (--allow-mixed).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/registers.py" line="119" />
      <source>{path} cannot be read as an Excel workbook: {detail}</source>
      <translation>{path} Excel кітабы ретінде оқылмайды: {detail}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/backup.py" line="172" />
      <source>{path} cannot be restored: the compressed backup is damaged ({detail}). Nothing was changed.</source>
      <translation>{path} қалпына келтіру мүмкін емес: сығылған сақтық көшірме зақымдалған ({detail}). Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/backup.py" line="444" />
      <source>{path} cannot be restored: {problems}. Nothing was changed.</source>
      <translation>{path} файлынан қалпына келтіру мүмкін емес: {problems}. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="1705" />
      <source>{path} is a folder, not a database file.</source>
      <translation>{path} — қалта, дерекқор файлы емес. Файлдың жолын көрсетіңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="1880" />
      <source>{path} is another program's SQLite file, not a database of this program. It was not changed. Check the path.</source>
      <translation>{path} — басқа бағдарламаның SQLite файлы, бұл бағдарламаның дерекқоры емес. Ол өзгертілмеді. Жолды тексеріңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="510" />
      <source>{path} is not UTF-8 text (byte {pos}).</source>
      <translation>{path} файлы UTF-8 кодтауындағы мәтін емес (байт {pos}). Файлды UTF-8 кодтауында сақтаңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="1846" />
      <source>{path} is not a database of this program: it is not an SQLite file. Check the path; if it was the commission's database, it is damaged: restore the newest good backup.</source>
      <translation>{path} — бұл бағдарламаның дерекқоры емес: бұл SQLite файлы емес. Жолды тексеріңіз; егер бұл комиссияның дерекқоры болса, ол зақымдалған: ең соңғы жарамды сақтық көшірмені қалпына келтіріңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="1722" />
      <source>{path} is not a regular file (a device, a pipe or a socket), so it cannot hold a database. Give the path of a database file.</source>
      <translation>{path} — қарапайым файл емес (құрылғы, арна немесе сокет), онда дерекқор бола алмайды. Дерекқор файлының жолын көрсетіңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="520" />
      <source>{path} is not valid JSON: {msg} at line {line}, column {col}.</source>
      <translation>{path} файлы жарамды JSON емес: {msg} ({line}-жол, {col}-баған).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="501" />
      <source>{path} is {mb} MB; an interchange file may be at most {limit} MB.</source>
      <translation>{path} файлының көлемі — {mb} МБ; алмасу файлының көлемі ең көбі {limit} МБ болуы мүмкін.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/registers.py" line="93" />
      <source>{path}: a register is read from an Excel workbook (.xlsx) or a CSV file (.csv).</source>
      <translation>{path}: тізілім Excel кітабынан (.xlsx) немесе CSV файлынан (.csv) оқылады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/paths.py" line="52" />
      <source>{text} is an address, not a file: this version keeps the record in a database file. Give the file's path (e.g. --db anticorr.sqlite3).</source>
      <translation>{text} — бұл файл емес, мекенжай: бұл нұсқа деректерді дерекқор файлында сақтайды. Файлдың жолын көрсетіңіз (мысалы, --db anticorr.sqlite3).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/base.py" line="40" />
      <source>{what} is empty. Fill it in.</source>
      <translation>«{what}» өрісі толтырылмаған. Оны толтырыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/base.py" line="42" />
      <source>{what} is too long ({n} characters); the limit is {limit}.</source>
      <translation>«{what}» өрісі тым ұзын ({n} таңба); шегі — {limit} таңба.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/settings.py" line="123" />
      <source>{what} must be between {lo} and {hi}; {value} is outside.</source>
      <translation>{what}: {lo} мен {hi} аралығында болуы керек, көрсетілгені {value}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="423" />
      <source>{where}; nothing was imported.</source>
      <translation>{where}; ештеңе импортталмады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="241" />
      <source>до 10:00 15 марта 2025 года, 15.03.2025 до 18:00</source>
      <translation>2025 жылғы 15 наурыз сағат 10:00-ге дейін, 15.03.2025 сағат 18:00-ге дейін</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="263" />
      <source>до 31 августа 2025 года, до конца сентября 2025 года, в сентябре 2025 года</source>
      <translation>2025 жылғы 31 тамызға дейін, 2025 жылғы қыркүйектің соңына дейін, 2025 жылғы қыркүйек</translation>
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
      <location filename="../../anticorr_desktop/exports/common.py" line="111" />
      <source>Current due date</source>
      <translation>Ағымдағы мерзім</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="114" />
      <source>Days overdue</source>
      <translation>Мерзімі өткен күн саны</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="115" />
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
      <location filename="../../anticorr_desktop/exports/common.py" line="112" />
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
      <location filename="../../anticorr_desktop/exports/common.py" line="110" />
      <source>Original due date</source>
      <translation>Бастапқы мерзім</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="117" />
      <source>Outgoing numbers</source>
      <translation>Шығыс нөмірлері</translation>
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
      <location filename="../../anticorr_desktop/exports/common.py" line="121" />
      <source>Reasons for extensions</source>
      <translation>Мерзімді ұзарту себептері</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="116" />
      <source>Reports</source>
      <translation>Есептер</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="102" />
      <source>Session date</source>
      <translation>Отырыс күні</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="113" />
      <source>Status</source>
      <translation>Мәртебесі</translation>
    </message>
  </context>
  <context>
    <name>FileNames</name>
    <message>
      <location filename="../../anticorr_desktop/services/documents.py" line="122" />
      <source>Extract of minutes No. {number} of {date} ({lang}) - {name}.pdf</source>
      <translation>№ {number} хаттамадан үзінді, {date} ({lang}) - {name}.pdf</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/documents.py" line="106" />
      <source>Minutes No. {number} of {date} ({lang}).pdf</source>
      <translation>№ {number} хаттама, {date} ({lang}).pdf</translation>
    </message>
  </context>
  <context>
    <name>FirstRun</name>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="231" />
      <source>1. Add the members in the directory</source>
      <translation>1. Комиссия мүшелерін анықтамалыққа қосу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="234" />
      <source>2. Create the first session</source>
      <translation>2. Алғашқы отырысты жасау</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="89" />
      <source>Chair, first name:</source>
      <translation>Төраға, аты:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="90" />
      <source>Chair, patronymic:</source>
      <translation>Төраға, әкесінің аты:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="91" />
      <source>Chair, position:</source>
      <translation>Төраға, лауазымы:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="88" />
      <source>Chair, surname:</source>
      <translation>Төраға, тегі:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="87" />
      <source>City:</source>
      <translation>Қала:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="86" />
      <source>Commission name (Kazakh):</source>
      <translation>Комиссияның атауы (қазақша):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="85" />
      <source>Commission name (Russian):</source>
      <translation>Комиссияның атауы (орысша):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="236" />
      <source>Later</source>
      <translation>Кейінірек</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="216" />
      <source>Load the demo (the Almaty commission, sessions of 2024)</source>
      <translation>Демонстрациялық деректерді жүктеу (Алматы қаласының комиссиясы, 2024 жылғы отырыстар)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="93" />
      <source>Secretary, first name:</source>
      <translation>Хатшы, аты:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="94" />
      <source>Secretary, patronymic:</source>
      <translation>Хатшы, әкесінің аты:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="97" />
      <source>Secretary, position:</source>
      <translation>Хатшы, лауазымы:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="92" />
      <source>Secretary, surname:</source>
      <translation>Хатшы, тегі:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="76" />
      <source>Set up the commission</source>
      <translation>Комиссияны құру</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="220" />
      <source>Set up the commission…</source>
      <translation>Комиссияны құру…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="221" />
      <source>Start empty</source>
      <translation>Бос дерекқормен бастау</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="78" />
      <source>The chair and the secretary are enough to start; add the members in the directory later.</source>
      <translation>Бастау үшін төраға мен хатшы жеткілікті; комиссия мүшелерін кейін анықтамалықта қосыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="223" />
      <source>The commission is set up. Next, add its members (and the executors) to the directory; then create the first session: its attendance, agenda, decisions and instructions. F1 opens the user guide at any time.</source>
      <translation>Комиссия құрылды. Енді оның мүшелерін (және орындаушыларды) анықтамалыққа қосыңыз, содан кейін алғашқы отырысты жасаңыз: қатысу, күн тәртібі, шешімдер мен тапсырмалар. F1 кез келген уақытта пайдаланушы нұсқаулығын ашады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="211" />
      <source>The database is empty. How would you like to start?</source>
      <translation>Дерекқор бос. Жұмысты қалай бастайсыз?</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="209" />
      <source>Welcome to AntiCorr Desktop</source>
      <translation>AntiCorr Desktop бағдарламасына қош келдіңіз</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="102" />
      <source>e.g. Комиссия по вопросам противодействия коррупции при акимате города …</source>
      <translation>мысалы, Комиссия по вопросам противодействия коррупции при акимате города …</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="108" />
      <source>e.g. г. Алматы</source>
      <translation>мысалы, г. Алматы</translation>
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <location filename="../../anticorr_desktop/ui/help.py" line="85" />
      <source>User guide</source>
      <translation>Пайдаланушы нұсқаулығы</translation>
    </message>
  </context>
  <context>
    <name>History</name>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="299" />
      <source>Deadline extended</source>
      <translation>Мерзім ұзартылды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="393" />
      <source>Due date: {old} → {new}</source>
      <translation>Мерзім: {old} → {new}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="314" />
      <source>Issued</source>
      <translation>Тапсырма берілді</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/reports/build.py" line="690" />
      <source>Report accepted</source>
      <translation>Есеп қабылданды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="371" />
      <source>Report received</source>
      <translation>Есеп алынды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/reports/build.py" line="691" />
      <source>Returned for rework</source>
      <translation>Пысықтауға қайтарылды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="325" />
      <source>Status: {old} → {new}</source>
      <translation>Мәртебесі: {old} → {new}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="403" />
      <source>Status: {status}</source>
      <translation>Мәртебесі: {status}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="358" />
      <source>Text edited</source>
      <translation>Мәтін өзгертілді</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="348" />
      <source>The event occurred on {date}</source>
      <translation>Оқиға {date} орын алды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="76" />
      <source>the event occurred</source>
      <translation>оқиға орын алды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="75" />
      <source>the next session was cancelled</source>
      <translation>келесі отырыс болдырылмады</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="74" />
      <source>the next session was moved</source>
      <translation>келесі отырыс ауыстырылды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="73" />
      <source>the next session was scheduled</source>
      <translation>келесі отырыс белгіленді</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="731" />
      <source>"{value}" holds no number</source>
      <translation>«{value}» ішінде нөмір жоқ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="744" />
      <source>"{value}" is in the future</source>
      <translation>«{value}» — болашақтағы күн</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="926" />
      <source>"{value}" is not a date</source>
      <translation>«{value}» — күн емес</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="822" />
      <source>"{value}" is not a status the program knows (исполнено / на контроле / снято с контроля / отменено)</source>
      <translation>«{value}» — бағдарлама білмейтін мәртебе (орындалды / бақылауда / бақылаудан алынды / күші жойылды)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="676" />
      <source>"{value}" is too long for a number</source>
      <translation>«{value}» нөмір үшін тым ұзын</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="925" />
      <source>"{value}" — there is no such date</source>
      <translation>«{value}» — мұндай күн жоқ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/frame.py" line="92" />
      <source>A list of signatories</source>
      <translation>Қол қоюшылар тізімі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="367" />
      <source>Absence reason: {name}</source>
      <translation>Қатыспау себебі: {name}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="214" />
      <source>Agenda item title</source>
      <translation>Күн тәртібі мәселесінің атауы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/frame.py" line="90" />
      <source>All members present</source>
      <translation>Қатысқан барлық мүшелер</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="130" />
      <source>Approved</source>
      <translation>Бекітілді</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="533" />
      <source>Basis for taking off control</source>
      <translation>Бақылаудан алу негізі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="119" />
      <source>Cancelled</source>
      <translation>Күші жойылды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="133" />
      <source>Chair</source>
      <translation>Төраға</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/frame.py" line="89" />
      <source>Chair and secretary</source>
      <translation>Төраға және хатшы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/frame.py" line="72" />
      <source>Commission</source>
      <translation>Комиссия</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="368" />
      <source>Commission name</source>
      <translation>Комиссияның атауы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/frame.py" line="96" />
      <source>Decided: РЕШИЛИ / ШЕШІМ ЕТТІ</source>
      <translation>Шешім етті: РЕШИЛИ / ШЕШІМ ЕТТІ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="288" />
      <source>Decision text</source>
      <translation>Шешімнің мәтіні</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="398" />
      <source>Decision {number}</source>
      <translation>Шешім {number}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="134" />
      <source>Deputy chair</source>
      <translation>Төрағаның орынбасары</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="117" />
      <source>Done</source>
      <translation>Орындалды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="128" />
      <source>Draft</source>
      <translation>Жоба</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="123" />
      <source>Extended</source>
      <translation>Кеңейтілген</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="124" />
      <source>Extraordinary</source>
      <translation>Кезектен тыс</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="129" />
      <source>Held</source>
      <translation>Өткізілді</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="404" />
      <source>Imported from the register {name}</source>
      <translation>{name} тізілімінен импортталды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="167" />
      <source>Instruction text</source>
      <translation>Тапсырманың мәтіні</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="385" />
      <source>Item {n}: speaker {name}</source>
      <translation>{n}-тармақ: сөз сөйлеуші {name}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="376" />
      <source>Item {n}: summary</source>
      <translation>{n}-тармақ: мәтіні</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="375" />
      <source>Item {n}: title</source>
      <translation>{n}-тармақ: атауы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="390" />
      <source>Item {n}: what {name} said</source>
      <translation>{n}-тармақ: сөз сөйлеу ({name})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/frame.py" line="75" />
      <source>Meeting</source>
      <translation>Кеңес</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="136" />
      <source>Member</source>
      <translation>Комиссия мүшесі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/frame.py" line="86" />
      <source>Nothing</source>
      <translation>Ештеңе</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="125" />
      <source>Off-site</source>
      <translation>Көшпелі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="114" />
      <source>On control</source>
      <translation>Бақылауда</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/frame.py" line="81" />
      <source>Own text</source>
      <translation>Өз мәтіні</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="361" />
      <source>Place</source>
      <translation>Өткізілу орны</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="409" />
      <source>Position: {name}</source>
      <translation>Лауазымы: {name}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/frame.py" line="76" />
      <source>Public discussion</source>
      <translation>Қоғамдық талқылау</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="518" />
      <source>Reason for cancelling</source>
      <translation>Күшін жою себебі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="549" />
      <source>Reason for putting back on control</source>
      <translation>Бақылауға қайтару себебі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="154" />
      <source>Reason for reopening</source>
      <translation>Қайта ашу себебі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="434" />
      <source>Reason for rework</source>
      <translation>Пысықтауға қайтару себебі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="472" />
      <source>Reason for the extension</source>
      <translation>Мерзімді ұзарту себебі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="122" />
      <source>Regular</source>
      <translation>Кезекті</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="115" />
      <source>Report received</source>
      <translation>Есеп алынды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="352" />
      <source>Report text</source>
      <translation>Есептің мәтіні</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/frame.py" line="95" />
      <source>Resolved: ПОСТАНОВИЛИ / ҚАУЛЫ ЕТТІ</source>
      <translation>Қаулы етті: ПОСТАНОВИЛИ / ҚАУЛЫ ЕТТІ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="116" />
      <source>Returned for rework</source>
      <translation>Пысықтауға қайтарылды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="135" />
      <source>Secretary</source>
      <translation>Хатшы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/frame.py" line="91" />
      <source>Secretary alone</source>
      <translation>Тек хатшы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/frame.py" line="84" />
      <source>Session number</source>
      <translation>Отырыстың нөмірі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="165" />
      <source>Short name</source>
      <translation>Қысқаша атауы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/frame.py" line="74" />
      <source>Supervisory board</source>
      <translation>Байқау кеңесі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="338" />
      <source>Surname</source>
      <translation>Тегі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="118" />
      <source>Taken off control</source>
      <translation>Бақылаудан алынды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/frame.py" line="79" />
      <source>Type and the session's kind</source>
      <translation>Құжат түрі және отырыс түрі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/frame.py" line="80" />
      <source>Type only</source>
      <translation>Тек құжат түрі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="473" />
      <source>Who decided</source>
      <translation>Шешім қабылдаған тұлға</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/frame.py" line="85" />
      <source>Without a number (б/н)</source>
      <translation>Нөмірсіз (б/н)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/frame.py" line="73" />
      <source>Working group</source>
      <translation>Жұмыс тобы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="865" />
      <source>done, with no date: taken as done on {date}</source>
      <translation>орындалды, күні жоқ: {date} орындалды деп есептеледі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="831" />
      <source>longer than 100 characters</source>
      <translation>100 таңбадан ұзын</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="692" />
      <source>no executor is named</source>
      <translation>бірде-бір орындаушы көрсетілмеген</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="801" />
      <source>no protocol: taken as issued on {date}</source>
      <translation>хаттама жоқ: тапсырма {date} берілген деп есептеледі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="907" />
      <source>not in the directory; added as a person</source>
      <translation>анықтамалықта жоқ; адам ретінде қосылады</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="905" />
      <source>not in the directory; added as an organisation</source>
      <translation>анықтамалықта жоқ; ұйым ретінде қосылады</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="901" />
      <source>not in the directory; candidates: {names}</source>
      <translation>анықтамалықта жоқ; үміткерлер: {names}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="314" />
      <source>row {row}, «{column}»: {problem}</source>
      <translation>{row}-жол, «{column}»: {problem}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="425" />
      <source>row {row}: {problem}</source>
      <translation>{row}-жол: {problem}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="889" />
      <source>session {label} is approved and locked; reopen it to add instructions</source>
      <translation>{label} отырысы бекітілген және өзгертуге жабық; тапсырмалар қосу үшін оны қайта ашыңыз</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="763" />
      <source>session {label} is of {date} in this database, not {other}</source>
      <translation>бұл дерекқорда {label} отырысы {other} емес, {date} күнгі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="780" />
      <source>the deadline is longer than 300 characters</source>
      <translation>мерзім 300 таңбадан ұзын</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="806" />
      <source>the due date {due} is before the protocol's date ({issued})</source>
      <translation>{due} мерзімі хаттама күнінен ({issued}) бұрын</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="736" />
      <source>the protocol's date is missing</source>
      <translation>хаттама күні жоқ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="729" />
      <source>the protocol's number is missing</source>
      <translation>хаттама нөмірі жоқ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="850" />
      <source>the report date {date} is before the protocol's date ({issued})</source>
      <translation>{date} жауап күні хаттама күнінен ({issued}) бұрын</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="702" />
      <source>the same executor is named twice; kept once</source>
      <translation>бір орындаушы екі рет көрсетілген; бір рет қалдырылды</translation>
    </message>
  </context>
  <context>
    <name>Layout</name>
    <message>
      <location filename="../../anticorr_desktop/services/settings.py" line="25" />
      <source>The bottom margin</source>
      <translation>Төменгі өріс</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/settings.py" line="22" />
      <source>The left margin</source>
      <translation>Сол жақ өріс</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/settings.py" line="29" />
      <source>The number of attendees listed in the minutes</source>
      <translation>Хаттамада аталатын қатысушылар саны</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/settings.py" line="23" />
      <source>The right margin</source>
      <translation>Оң жақ өріс</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/settings.py" line="21" />
      <source>The table text size</source>
      <translation>Кестелердегі қаріп өлшемі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/settings.py" line="20" />
      <source>The text size</source>
      <translation>Қаріп өлшемі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/settings.py" line="24" />
      <source>The top margin</source>
      <translation>Жоғарғы өріс</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="397" />
      <source>&amp;About AntiCorr Desktop</source>
      <translation>AntiCorr Desktop &amp;туралы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="380" />
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="390" />
      <source>&amp;Find instructions</source>
      <translation>Тапсырмаларды &amp;іздеу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="392" />
      <source>&amp;Help</source>
      <translation>&amp;Анықтама</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="391" />
      <source>&amp;Language</source>
      <translation>&amp;Тіл</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="386" />
      <source>&amp;New session</source>
      <translation>&amp;Жаңа отырыс</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="384" />
      <source>&amp;Quit</source>
      <translation>&amp;Шығу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="385" />
      <source>&amp;Settings…</source>
      <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="393" />
      <source>&amp;User guide</source>
      <translation>Пайдаланушы &amp;нұсқаулығы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="387" />
      <source>&amp;View</source>
      <translation>&amp;Көрініс</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="377" />
      <source>AntiCorr Desktop</source>
      <translation>AntiCorr Desktop</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="63" />
      <source>Directory</source>
      <translation>Анықтамалық</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="382" />
      <source>Import register…</source>
      <translation>Тізілімді импорттау…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="53" />
      <source>Instructions</source>
      <translation>Тапсырмалар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="43" />
      <source>Overview</source>
      <translation>Шолу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="58" />
      <source>Reports</source>
      <translation>Есептер</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="48" />
      <source>Sessions</source>
      <translation>Отырыстар</translation>
    </message>
  </context>
  <context>
    <name>Overview</name>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/overview.py" line="224" />
      <source>Discipline</source>
      <translation>Тәртіп</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/overview.py" line="165" />
      <source>Executive discipline in {year}</source>
      <translation>{year} жылғы орындаушылық тәртіп</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/overview.py" line="227" />
      <source>Late</source>
      <translation>Кешіктірілген</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/overview.py" line="223" />
      <source>Main executor</source>
      <translation>Негізгі орындаушы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/overview.py" line="216" />
      <source>Nothing was due this year yet.</source>
      <translation>Биыл мерзімі келген тапсырмалар әлі жоқ.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/overview.py" line="226" />
      <source>On time</source>
      <translation>Мерзімінде</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/overview.py" line="171" />
      <source>On time × 100 / (on time + late + still overdue), over instructions and control dates due this year, by main executor. Up to 50% is poor, up to 75% needs attention, above is good.</source>
      <translation>Мерзімінде × 100 / (мерзімінде + кешіктірілген + әлі мерзімі өткен) — биыл мерзімі келген тапсырмалар мен бақылау мерзімдері бойынша, негізгі орындаушылар бөлінісінде. 50%-ға дейін — төмен, 75%-ға дейін — назар аударуды қажет етеді, одан жоғары — жақсы.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/overview.py" line="79" />
      <source>Open these in the tracker</source>
      <translation>Бұл тапсырмаларды «Тапсырмалар» бөлімінде ашу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/overview.py" line="232" />
      <source>Open this executor's instructions in the tracker</source>
      <translation>Осы орындаушының тапсырмаларын «Тапсырмалар» бөлімінде ашу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/overview.py" line="228" />
      <source>Overdue</source>
      <translation>Мерзімі өткен</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/overview.py" line="152" />
      <source>Overview as of {date}</source>
      <translation>{date} жағдай бойынша шолу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/overview.py" line="197" />
      <source>done late in {year}</source>
      <translation>{year} жылы кешіктіріліп орындалған</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/overview.py" line="194" />
      <source>due within {n} working days (by {date})</source>
      <translation>{n} жұмыс күні ішінде мерзімі келетін (соңғы күні — {date})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="85" />
      <source>good</source>
      <translation>жақсы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="84" />
      <source>needs attention</source>
      <translation>назар аударуды қажет етеді</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="86" />
      <source>nothing due yet</source>
      <translation>мерзімдер әлі келген жоқ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/overview.py" line="192" />
      <source>open instructions</source>
      <translation>орындалмаған тапсырма</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/overview.py" line="193" />
      <source>overdue now</source>
      <translation>қазір мерзімі өткен</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="83" />
      <source>poor</source>
      <translation>төмен</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/overview.py" line="256" />
      <source>{n} more executors: see the discipline report on the Reports page.</source>
      <translation>Тағы {n} орындаушы бар: оларды «Есептер» бөліміндегі орындаушылық тәртіп туралы есептен қараңыз.</translation>
    </message>
  </context>
  <context>
    <name>Print</name>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/printing.py" line="147" />
      <source>&amp;Open in the PDF viewer</source>
      <translation>PDF қарау бағдарламасында &amp;ашу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/printing.py" line="149" />
      <source>&amp;Print on the default printer</source>
      <translation>Әдепкі принтерде &amp;басып шығару</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/printing.py" line="50" />
      <source>No printing system was found.</source>
      <translation>Басып шығару жүйесі табылмады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/printing.py" line="126" />
      <source>Print</source>
      <translation>Басып шығару</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/printing.py" line="129" />
      <source>Ready to print: {name}</source>
      <translation>Басып шығаруға дайын: {name}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/printing.py" line="135" />
      <source>Ready to print: {n} documents</source>
      <translation>Басып шығаруға дайын құжаттар: {n}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/printing.py" line="110" />
      <source>The document was not printed: {problem}
Open it in the PDF viewer and print it from there.</source>
      <translation>Құжат басып шығарылмады: {problem}
Оны PDF қарау бағдарламасында ашып, сол жерден басып шығарыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/printing.py" line="140" />
      <source>The program shows documents in your PDF viewer: look the document over there and print it with Ctrl+P, choosing the printer and the pages. Or print it at once on the default printer.</source>
      <translation>Бағдарлама құжаттарды PDF қарау бағдарламаңызда көрсетеді: құжатты сонда қарап шығып, принтер мен беттерді таңдап, Ctrl+P арқылы басып шығарыңыз. Немесе оны бірден әдепкі принтерде басып шығарыңыз.</translation>
    </message>
  </context>
  <context>
    <name>Register</name>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="479" />
      <source>Add to the directory as a person</source>
      <translation>Анықтамалыққа адам ретінде қосу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="480" />
      <source>Add to the directory as an organisation</source>
      <translation>Анықтамалыққа ұйым ретінде қосу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="449" />
      <source>Already in the database: left as it is.</source>
      <translation>Дерекқорда бар: сол күйінде қалдырылды.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="200" />
      <source>An Excel workbook (.xlsx) or a CSV file. Titles above the column names are skipped: check the header row.</source>
      <translation>Excel кітабы (.xlsx) немесе CSV файлы. Баған атауларының үстіндегі тақырыптар өткізіледі: тақырып жолын тексеріңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="205" />
      <source>Choose…</source>
      <translation>Таңдау…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/registers.py" line="47" />
      <source>Co-executors</source>
      <translation>Бірлескен орындаушылар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="308" />
      <source>Column</source>
      <translation>Баған</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="300" />
      <source>Columns and fields</source>
      <translation>Бағандар мен өрістер</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/registers.py" line="48" />
      <source>Deadline</source>
      <translation>Мерзім</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="393" />
      <source>Each row as it will be stored. Nothing is written until you press Import; the import is all or nothing, after a backup.</source>
      <translation>Әр жол қалай сақталатын болса, солай. «Импорттау» батырмасын баспайынша ештеңе жазылмайды; импорт сақтық көшірмеден кейін не толық, не мүлде орындалмайды.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/registers.py" line="46" />
      <source>Executors</source>
      <translation>Орындаушылар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="400" />
      <source>Executors the directory does not know for sure:</source>
      <translation>Анықтамалық нақты білмейтін орындаушылар:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="308" />
      <source>Field</source>
      <translation>Өріс</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="206" />
      <source>File:</source>
      <translation>Файл:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="308" />
      <source>First value</source>
      <translation>Алғашқы мәні</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="208" />
      <source>Header row:</source>
      <translation>Тақырып жолы:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="93" />
      <source>Import</source>
      <translation>Импорттау</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="92" />
      <source>Import a register</source>
      <translation>Тізілімді импорттау</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="314" />
      <source>Imported: {created} instruction(s), {unchanged} already here; new sessions: {sessions}, new people: {people}, new organisations: {orgs}.</source>
      <translation>Импортталған тапсырмалар: {created}, бұрыннан бары: {unchanged}; жаңа отырыстар: {sessions}, жаңа адамдар: {people}, жаңа ұйымдар: {orgs}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="148" />
      <source>Importing…</source>
      <translation>Импортталуда…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/registers.py" line="45" />
      <source>Instruction text</source>
      <translation>Тапсырма мәтіні</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="308" />
      <source>Name in the file</source>
      <translation>Файлдағы атауы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/registers.py" line="42" />
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/registers.py" line="53" />
      <source>Notes</source>
      <translation>Ескерту</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/registers.py" line="52" />
      <source>Outgoing No.</source>
      <translation>Шығыс №</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="391" />
      <source>Preview</source>
      <translation>Алдын ала қарау</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="367" />
      <source>Problems</source>
      <translation>Қателер</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="502" />
      <source>Problems: {n}. Correct them in the file and read it again (Back, Next).</source>
      <translation>Қателер: {n}. Оларды файлда түзетіп, қайта оқыңыз («Артқа», «Келесі»).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/registers.py" line="43" />
      <source>Protocol No.</source>
      <translation>Хаттама №</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/registers.py" line="44" />
      <source>Protocol date</source>
      <translation>Хаттама күні</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="235" />
      <source>Reading the register…</source>
      <translation>Тізілім оқылуда…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="216" />
      <source>Registers (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
      <translation>Тізілімдер (*.xlsx *.xlsm *.csv *.txt);;Барлық файлдар (*)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/registers.py" line="50" />
      <source>Report</source>
      <translation>Есеп</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/registers.py" line="51" />
      <source>Report date</source>
      <translation>Жауап күні</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="360" />
      <source>Row</source>
      <translation>Жол</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="492" />
      <source>Rows: {new} to import, {old} already in the database, {skipped} skipped (empty rows, titles, totals). New sessions: {sessions}.</source>
      <translation>Жолдар: импортталатыны {new}, дерекқорда бары {old}, өткізілгені {skipped} (бос жолдар, тақырыптар, қорытынды). Жаңа отырыстар: {sessions}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="361" />
      <source>Session</source>
      <translation>Отырыс</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="207" />
      <source>Sheet:</source>
      <translation>Парақ:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/registers.py" line="49" />
      <source>Status</source>
      <translation>Мәртебе</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="363" />
      <source>Text</source>
      <translation>Мәтін</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="326" />
      <source>The database was backed up first: {path}</source>
      <translation>Алдымен дерекқордың сақтық көшірмесі жасалды: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="209" />
      <source>The first rows of the sheet; the header row is highlighted.</source>
      <translation>Парақтың алғашқы жолдары; тақырып жолы белгіленген.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="198" />
      <source>The register's file</source>
      <translation>Тізілім файлы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="302" />
      <source>Which field each column holds. Guessed from the column names; the choice is remembered for the next import.</source>
      <translation>Әр бағанда қай өріс тұр. Баған атауларынан анықталды; таңдау келесі импорт үшін сақталады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="399" />
      <source>Who it is</source>
      <translation>Бұл кім</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="399" />
      <source>Written in the register</source>
      <translation>Тізілімде жазылғаны</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="475" />
      <source>— choose —</source>
      <translation>— таңдаңыз —</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="328" />
      <source>— not imported —</source>
      <translation>— импорттамау —</translation>
    </message>
  </context>
  <context>
    <name>Reminders</name>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/reminders.py" line="62" />
      <source>AntiCorr Desktop: instructions to watch</source>
      <translation>AntiCorr Desktop: назар аударатын тапсырмалар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/reminders.py" line="80" />
      <source>Due within {days} working days (by {date}): {n}.</source>
      <translation>{days} жұмыс күні ішінде мерзімі келетіндер (соңғы күні — {date}): {n}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/reminders.py" line="74" />
      <source>Overdue since the last reminder: {n} (overdue in all: {total}).</source>
      <translation>Соңғы еске салудан бері мерзімі өткендер: {n} (мерзімі өткендердің жалпы саны: {total}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/reminders.py" line="68" />
      <source>Overdue: {n}.</source>
      <translation>Мерзімі өткен: {n}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/reminders.py" line="235" />
      <source>Show due soon</source>
      <translation>Мерзімі жақындағандарды көрсету</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/reminders.py" line="229" />
      <source>Show overdue</source>
      <translation>Мерзімі өткендерді көрсету</translation>
    </message>
  </context>
  <context>
    <name>Reports</name>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="879" />
      <source>&amp;Print</source>
      <translation>&amp;Басып шығару</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="941" />
      <source>, comma</source>
      <translation>, үтір</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="940" />
      <source>; semicolon (Excel in Russian)</source>
      <translation>; нүктелі үтір (орысша Excel)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="870" />
      <source>All executors (a file each, into a folder)</source>
      <translation>Барлық орындаушылар (әрқайсысына жеке файл, қалтаға)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="403" />
      <source>All instructions ({n})</source>
      <translation>Барлық тапсырмалар ({n})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="774" />
      <source>AntiCorr JSON files (*.json)</source>
      <translation>AntiCorr JSON файлдары (*.json)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="828" />
      <source>AntiCorr JSON files (*.json);;All files (*)</source>
      <translation>AntiCorr JSON файлдары (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="928" />
      <source>As of:</source>
      <translation>Жағдай күні:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="771" />
      <source>CSV files (*.csv)</source>
      <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="937" />
      <source>CSV separator:</source>
      <translation>CSV бөлгіші:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="949" />
      <source>CSV…</source>
      <translation>CSV…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="951" />
      <source>Calendar (ICS)…</source>
      <translation>Күнтізбе (ICS)…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="773" />
      <source>Calendars (*.ics)</source>
      <translation>Күнтізбелер (*.ics)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="970" />
      <source>Cancel</source>
      <translation>Болдырмау</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="560" />
      <source>Cancelled; nothing was written.</source>
      <translation>Тоқтатылды; ештеңе жазылмады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="521" />
      <source>Cancelling…</source>
      <translation>Тоқтатылуда…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="934" />
      <source>Discipline report (PDF)…</source>
      <translation>Тәртіп туралы есеп (PDF)…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="950" />
      <source>Excel (XLSX)…</source>
      <translation>Excel (XLSX)…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="772" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="947" />
      <source>Excel: a sheet for each main executor</source>
      <translation>Excel: әр негізгі орындаушыға жеке парақ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="930" />
      <source>Executive discipline</source>
      <translation>Орындаушылық тәртіп</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="815" />
      <source>Exporting the task list…</source>
      <translation>Тапсырмалар тізімі экспортталуда…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="915" />
      <source>Extract for:</source>
      <translation>Үзінді кімге:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="917" />
      <source>Extracts (PDF)…</source>
      <translation>Үзінділер (PDF)…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="919" />
      <source>Extracts (Word)…</source>
      <translation>Үзінділер (Word)…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="703" />
      <source>Extracts written: {n}, into {path}</source>
      <translation>Жасалған үзінділер саны: {n}, қалта: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="671" />
      <source>Folder for the extracts (a file each)</source>
      <translation>Үзінділерге арналған қалта (әрқайсысына жеке файл)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="908" />
      <source>For each main executor, of the instructions due in the period: on time × 100 / (on time + late + still overdue).</source>
      <translation>Әр негізгі орындаушы бойынша, мерзімі кезеңге түсетін тапсырмалар ішінен: мерзімінде × 100 / (мерзімінде + кешіктірілген + әлі мерзімі өткен).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="931" />
      <source>From:</source>
      <translation>Басталуы:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="960" />
      <source>Import</source>
      <translation>Импорт</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="826" />
      <source>Import a JSON file</source>
      <translation>JSON файлын импорттау</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="969" />
      <source>Import a JSON file…</source>
      <translation>JSON файлын импорттау…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="849" />
      <source>Imported: {created} new, {updated} changed, {unchanged} unchanged.</source>
      <translation>Импорт аяқталды: жаңа жазбалар — {created}, өзгертілгендері — {updated}, өзгеріссіз — {unchanged}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="859" />
      <source>Importing {name}…</source>
      <translation>Импортталуда: {name}…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="901" />
      <source>Instructions still open after their due date, by main executor, with the days overdue, the extensions and the last report.</source>
      <translation>Мерзімі өтсе де орындалмаған тапсырмалар — негізгі орындаушылар бойынша, мерзімі өткен күн санымен, мерзім ұзартуларымен және соңғы есеппен.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="810" />
      <source>Instructions written: {n}, to {path}</source>
      <translation>Жазылған тапсырмалар саны: {n}, файл: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="952" />
      <source>JSON…</source>
      <translation>JSON…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="878" />
      <source>Language of the documents:</source>
      <translation>Құжаттардың тілі:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="916" />
      <source>Minutes (PDF)…</source>
      <translation>Хаттама (PDF)…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="918" />
      <source>Minutes (Word)…</source>
      <translation>Хаттама (Word)…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="892" />
      <source>Minutes and extracts</source>
      <translation>Хаттамалар мен үзінділер</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="354" />
      <source>No. {number} of {date}</source>
      <translation>{date} ж. № {number}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="971" />
      <source>Open folder</source>
      <translation>Қалтаны ашу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="927" />
      <source>Overdue instructions</source>
      <translation>Мерзімі өткен тапсырмалар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="929" />
      <source>Overdue report (PDF)…</source>
      <translation>Мерзімі өткендер туралы есеп (PDF)…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="599" />
      <source>PDF documents (*.pdf)</source>
      <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="881" />
      <source>Print a document of this page, with its choices (session, dates)</source>
      <translation>Осы беттегі құжатты таңдалған параметрлерімен (отырыс, күндер) басып шығару</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="920" />
      <source>Save as Word: a copy to edit, with the same text as the PDF. The record stays the program's; the copy's footer says so.</source>
      <translation>Word-қа сақтау: PDF-пен бірдей мәтіні бар, өңдеуге арналған көшірме. Құжат бағдарламадағы жазба болып қала береді; бұл көшірменің төменгі колонтитулында жазылған.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="741" />
      <source>Save the discipline report</source>
      <translation>Орындаушылық тәртіп туралы есепті сақтау</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="680" />
      <source>Save the extract</source>
      <translation>Үзіндіні сақтау</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="645" />
      <source>Save the minutes</source>
      <translation>Хаттаманы сақтау</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="718" />
      <source>Save the overdue report</source>
      <translation>Мерзімі өткендер туралы есепті сақтау</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="777" />
      <source>Save the task list</source>
      <translation>Тапсырмалар тізімін сақтау</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="592" />
      <source>Saved: {path}</source>
      <translation>Сақталды: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="914" />
      <source>Session:</source>
      <translation>Отырыс:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="962" />
      <source>Sessions and the directory from another copy of the program. The whole file is checked before anything is written, and the database is backed up first; importing the same file again changes nothing.</source>
      <translation>Бағдарламаның басқа данасынан алынған отырыстар мен анықтамалық. Ештеңе жазылмас бұрын бүкіл файл тексеріледі, ал дерекқордың алдымен резервтік көшірмесі жасалады; сол файлды қайта импорттау ештеңені өзгертпейді.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="936" />
      <source>Task list</source>
      <translation>Тапсырмалар тізімі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="954" />
      <source>The calendar holds the due dates of open instructions, for Outlook or a phone. JSON is the program's own format: another copy of AntiCorr Desktop imports it.</source>
      <translation>Күнтізбеде орындалмаған тапсырмалардың мерзімдері болады — Outlook немесе телефон үшін. JSON — бағдарламаның өз форматы: оны AntiCorr Desktop бағдарламасының басқа данасы импорттай алады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="853" />
      <source>The database was backed up first: {path}</source>
      <translation>Алдымен дерекқордың резервтік көшірмесі жасалды: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="889" />
      <source>The discipline report</source>
      <translation>Орындаушылық тәртіп туралы есеп</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="887" />
      <source>The extracts (or the extract)</source>
      <translation>Үзінділер (немесе үзінді)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="409" />
      <source>The instructions the tracker lists now (open the tracker first)</source>
      <translation>«Тапсырмалар» бөлімі қазір көрсетіп тұрған тапсырмалар (алдымен сол бөлімді ашыңыз)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="416" />
      <source>The instructions the tracker lists now, with its filters ({n})</source>
      <translation>«Тапсырмалар» бөлімі қазір көрсетіп тұрған тапсырмалар, оның сүзгілерімен ({n})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="894" />
      <source>The minutes of a session, and the extracts that go to each executor with their instructions only.</source>
      <translation>Отырыс хаттамасы және әр орындаушыға тек өз тапсырмаларымен жіберілетін үзінділер.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="886" />
      <source>The minutes of the session</source>
      <translation>Отырыс хаттамасы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="888" />
      <source>The overdue report</source>
      <translation>Мерзімі өткен тапсырмалар туралы есеп</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="408" />
      <source>The tracker's list (open it first)</source>
      <translation>«Тапсырмалар» бөліміндегі тізім (алдымен ашыңыз)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="413" />
      <source>The tracker's list ({n})</source>
      <translation>«Тапсырмалар» бөліміндегі тізім ({n})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="598" />
      <source>Word documents (*.docx)</source>
      <translation>Word құжаттары (*.docx)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="745" />
      <source>Writing the discipline report…</source>
      <translation>Орындаушылық тәртіп туралы есеп жасалуда…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="709" />
      <source>Writing the extracts…</source>
      <translation>Үзінділер жасалуда…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="649" />
      <source>Writing the minutes…</source>
      <translation>Хаттама жасалуда…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="720" />
      <source>Writing the overdue report…</source>
      <translation>Мерзімі өткендер туралы есеп жасалуда…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="742" />
      <source>discipline-{start}-{end}</source>
      <translation>тәртіп-{start}-{end}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="778" />
      <source>instructions-{date}</source>
      <translation>тапсырмалар-{date}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="646" />
      <source>minutes-{year}-{number}</source>
      <translation>хаттама-{year}-{number}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="719" />
      <source>overdue-{date}</source>
      <translation>мерзімі-өткен-{date}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="942" />
      <source>tab</source>
      <translation>табуляция</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="932" />
      <source>to:</source>
      <translation>аяқталуы:</translation>
    </message>
  </context>
  <context>
    <name>SessionEditor</name>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="205" />
      <source> (no day written: by each Friday)</source>
      <translation> (күні жазылмаған: әр жұмаға дейін)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="209" />
      <source> (no day written: day {day} of the month after each period)</source>
      <translation> (күні көрсетілмеген: әр кезеңнен кейінгі айдың {day}-күні)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_attendance.py" line="127" />
      <source> (no vote)</source>
      <translation> (дауыс беру құқығынсыз)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_status.py" line="95" />
      <source> (revision {n})</source>
      <translation> ({n}-редакция)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="198" />
      <source> … ({n} control dates in the year)</source>
      <translation> … (жыл ішінде {n} бақылау мерзімі)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="288" />
      <source>&amp;Commission:</source>
      <translation>&amp;Комиссия:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="290" />
      <source>&amp;Date:</source>
      <translation>К&amp;үні:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_decisions.py" line="333" />
      <source>&amp;Decision:</source>
      <translation>&amp;Шешім:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="162" />
      <source>&amp;Folder:</source>
      <translation>&amp;Қалта:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="156" />
      <source>&amp;Language:</source>
      <translation>&amp;Тілі:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="289" />
      <source>&amp;Number:</source>
      <translation>&amp;Нөмірі:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="291" />
      <source>&amp;Place:</source>
      <translation>&amp;Орны:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_status.py" line="39" />
      <source>&amp;Reason:</source>
      <translation>&amp;Себебі:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="301" />
      <source>&amp;Time:</source>
      <translation>&amp;Уақыты:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="381" />
      <source>&amp;Title:</source>
      <translation>&amp;Атауы:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="318" />
      <source>&amp;Vote on the agenda taken:</source>
      <translation>Күн тәртібі бойынша дауыс &amp;беру:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="400" />
      <source>&amp;Vote taken:</source>
      <translation>Дауыс &amp;берілді:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_decisions.py" line="62" />
      <source>(no text yet)</source>
      <translation>(мәтін әлі жоқ)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="77" />
      <source>(no title yet)</source>
      <translation>(атауы әлі жоқ)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="302" />
      <source>15:00</source>
      <translation>15:00</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="248" />
      <source>; moved from {date}</source>
      <translation>; {date} күнінен ауыстырылды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="475" />
      <source>A Word copy to edit, with the same text as the PDF. The record stays the program's; the copy's footer says so.</source>
      <translation>PDF-пен бірдей мәтіні бар, өңдеуге арналған Word көшірмесі. Құжат бағдарламадағы жазба болып қала береді; бұл көшірменің төменгі колонтитулында жазылған.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_attendance.py" line="60" />
      <source>Absence reason</source>
      <translation>Қатыспау себебі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="409" />
      <source>Add</source>
      <translation>Қосу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_decisions.py" line="326" />
      <source>Add decision</source>
      <translation>Шешім қосу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="377" />
      <source>Add item</source>
      <translation>Мәселе қосу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_speakers.py" line="287" />
      <source>Add speaker</source>
      <translation>Сөйлеуші қосу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="411" />
      <source>Add to the directory…</source>
      <translation>Анықтамалыққа қосу…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="393" />
      <source>Agenda</source>
      <translation>Күн тәртібі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_decisions.py" line="325" />
      <source>Agenda &amp;item:</source>
      <translation>Күн тәртібінің &amp;мәселесі:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/drafts.py" line="401" />
      <source>Agenda item {n}</source>
      <translation>Күн тәртібінің {n}-тармағы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="297" />
      <source>Agenda:</source>
      <translation>Күн тәртібі:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="469" />
      <source>An extract of the minutes for each executor, one PDF file each</source>
      <translation>Әр орындаушыға хаттамадан үзінді, әрқайсысына бір PDF файл</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_status.py" line="120" />
      <source>Approve the minutes</source>
      <translation>Хаттаманы бекіту</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_status.py" line="108" />
      <source>Approve the minutes of this session? An approved session is read-only; changing it later needs reopening with a reason.</source>
      <translation>Осы отырыстың хаттамасын бекітесіз бе? Бекітілген отырысты тек оқуға болады; кейін оны өзгерту үшін себебін көрсетіп қайта ашу қажет.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="415" />
      <source>Approved — read-only. To change the minutes, reopen the session with a reason.</source>
      <translation>Бекітілген — тек оқу үшін. Хаттаманы өзгерту үшін отырысты себебін көрсетіп қайта ашыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_status.py" line="154" />
      <source>Approve…</source>
      <translation>Бекіту…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_translations.py" line="47" />
      <source>As written</source>
      <translation>Жазылғаны</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="392" />
      <source>Attendance</source>
      <translation>Қатысушылар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="260" />
      <source>Both languages complete</source>
      <translation>Екі тіл де толтырылған</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="294" />
      <source>C&amp;hair:</source>
      <translation>Тө&amp;раға:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="426" />
      <source>Cancelled.</source>
      <translation>Тоқтатылды.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_decisions.py" line="344" />
      <source>Choose an agenda item above, then add its decisions with "Add decision".</source>
      <translation>Жоғарыдан күн тәртібінің мәселесін таңдап, оның шешімдерін «Шешім қосу» батырмасымен қосыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="164" />
      <source>Choose…</source>
      <translation>Таңдау…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="413" />
      <source>Close</source>
      <translation>Жабу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="114" />
      <source>Co-executor</source>
      <translation>Бірлескен орындаушы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="398" />
      <source>Contro&amp;ller:</source>
      <translation>&amp;Бақылаушы:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="399" />
      <source>D&amp;ue:</source>
      <translation>Мер&amp;зімі:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/drafts.py" line="414" />
      <source>Decision {number}</source>
      <translation>{number} шешім</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="396" />
      <source>Decisions and instructions</source>
      <translation>Шешімдер мен тапсырмалар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="378" />
      <source>Delete</source>
      <translation>Жою</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="345" />
      <source>Delete agenda item {n} with its speakers and decisions? It is removed from the database when you save.</source>
      <translation>Күн тәртібінің {n}-мәселесін сөйлеушілері мен шешімдерімен бірге жоясыз ба? Ол сақтаған кезде дерекқордан жойылады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="333" />
      <source>Delete item</source>
      <translation>Мәселені жою</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="380" />
      <source>Down</source>
      <translation>Төмен</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="159" />
      <source>E&amp;xecutors:</source>
      <translation>&amp;Орындаушылар:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="148" />
      <source>Each ticked executor gets a file with the decisions addressed to them.</source>
      <translation>Белгіленген әр орындаушыға өзіне жолданған шешімдер бар жеке файл жасалады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="60" />
      <source>Executor</source>
      <translation>Орындаушы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="146" />
      <source>Extracts of the minutes</source>
      <translation>Хаттамадан үзінділер</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="453" />
      <source>Extracts…</source>
      <translation>Үзінділер…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_translations.py" line="43" />
      <source>Fill in the {language} texts</source>
      <translation>{language} тіліндегі мәтіндерді толтыру</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="139" />
      <source>Folder for the extracts</source>
      <translation>Үзінділерге арналған қалта</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="391" />
      <source>Header</source>
      <translation>Деректемелер</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_speakers.py" line="50" />
      <source>Heard</source>
      <translation>Тыңдалды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_speakers.py" line="57" />
      <source>Heard / spoke</source>
      <translation>Тыңдалды / сөйледі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_decisions.py" line="334" />
      <source>In Ka&amp;zakh:</source>
      <translation>&amp;Қазақша:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="383" />
      <source>In Kazakh</source>
      <translation>Қазақ тілінде</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="382" />
      <source>In Russian</source>
      <translation>Орыс тілінде</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="147" />
      <source>In the minutes: «{words}»</source>
      <translation>Хаттамада: «{words}»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_translations.py" line="50" />
      <source>In {language}</source>
      <translation>{language} тілінде</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="393" />
      <source>Instruction &amp;text:</source>
      <translation>Тапсырма мә&amp;тіні:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="238" />
      <source>Instruction No. {number}</source>
      <translation>№ {number} тапсырма</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/drafts.py" line="428" />
      <source>Instruction {number}</source>
      <translation>{number}-тапсырма</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="265" />
      <source>Instruction: put this decision on control</source>
      <translation>Тапсырма: осы шешімді бақылауға алу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="259" />
      <source>Instruction: {status}</source>
      <translation>Тапсырма: {status}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_attendance.py" line="325" />
      <source>Invite</source>
      <translation>Шақыру</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_attendance.py" line="324" />
      <source>Invited</source>
      <translation>Шақырылғандар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="422" />
      <source>Issued: the executors, controller and due date are fixed here. Extend the deadline or cancel the instruction in the tracker.</source>
      <translation>Тапсырма берілді: орындаушыларды, бақылаушыны және мерзімді мұнда өзгерту мүмкін емес. Мерзімді ұзарту немесе тапсырманың күшін жою «Тапсырмалар» бөлімінде жасалады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="334" />
      <source>Item {n} has instructions on control, so it cannot be deleted. Cancel the instructions in the tracker first, or keep the item.</source>
      <translation>{n}-мәселе бойынша бақылаудағы тапсырмалар бар, сондықтан оны жою мүмкін емес. Алдымен «Тапсырмалар» бөлімінде ол тапсырмалардың күшін жойыңыз немесе мәселені қалдырыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="293" />
      <source>K&amp;ind of session:</source>
      <translation>Отырыс &amp;түрі:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="154" />
      <source>Kazakh</source>
      <translation>Қазақ тілі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="112" />
      <source>Main executor</source>
      <translation>Негізгі орындаушы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="376" />
      <source>Making the extracts…</source>
      <translation>Үзінділер жасалуда…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="333" />
      <source>Making the minutes…</source>
      <translation>Хаттама жасалуда…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_attendance.py" line="316" />
      <source>Mark all present</source>
      <translation>Барлығын қатысты деп белгілеу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_status.py" line="153" />
      <source>Mark as held</source>
      <translation>Өткізілді деп белгілеу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_attendance.py" line="58" />
      <source>Member</source>
      <translation>Мүше</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="452" />
      <source>Minutes (KZ)</source>
      <translation>Хаттама (KZ)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="451" />
      <source>Minutes (RU)</source>
      <translation>Хаттама (RU)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="485" />
      <source>Minutes in Kazakh</source>
      <translation>Хаттама қазақ тілінде</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="461" />
      <source>Minutes in Kazakh…</source>
      <translation>Қазақ тіліндегі хаттама…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="482" />
      <source>Minutes in Russian</source>
      <translation>Хаттама орыс тілінде</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="460" />
      <source>Minutes in Russian…</source>
      <translation>Орыс тіліндегі хаттама…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="296" />
      <source>N&amp;otes:</source>
      <translation>&amp;Ескертпелер:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_speakers.py" line="279" />
      <source>Name (directory or any)</source>
      <translation>Аты-жөні (анықтамалықтан немесе еркін)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="403" />
      <source>Name each member's vote (saved items only; stored at once)</source>
      <translation>Әр мүшенің дауысын көрсету (тек сақталған тармақтар үшін; бірден сақталады)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="426" />
      <source>New session</source>
      <translation>Жаңа отырыс</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_widgets.py" line="213" />
      <source>No quorum: {present} of {total} present, {required} needed</source>
      <translation>Кворум жоқ: қатысқаны — {present}, барлығы — {total}, қажеті — {required}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_widgets.py" line="203" />
      <source>No voting members on the roster on this date: check the commission's membership in the directory.</source>
      <translation>Осы күнге комиссия құрамында дауыс беру құқығы бар мүшелер жоқ: анықтамалықта комиссия мүшелігін тексеріңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="312" />
      <source>Not printed in the minutes</source>
      <translation>Хаттамада басылмайды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_status.py" line="114" />
      <source>Note: the attendance recorded has no quorum.</source>
      <translation>Назар аударыңыз: белгіленген қатысу бойынша кворум жоқ.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_speakers.py" line="59" />
      <source>On what</source>
      <translation>Не туралы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_speakers.py" line="60" />
      <source>On what, in Kazakh</source>
      <translation>Не туралы, қазақша</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_decisions.py" line="329" />
      <source>Only a decision not saved yet can be removed</source>
      <translation>Тек әлі сақталмаған шешімді алып тастауға болады</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="316" />
      <source>PDF documents (*.pdf)</source>
      <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="266" />
      <source>Pick the date in a calendar</source>
      <translation>Күнді күнтізбеден таңдау</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="292" />
      <source>Place in Ka&amp;zakh:</source>
      <translation>Орны (қа&amp;зақша):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_attendance.py" line="57" />
      <source>Present</source>
      <translation>Қатысты</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="454" />
      <source>Print</source>
      <translation>Басып шығару</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="456" />
      <source>Print the minutes (the extracts: on the Reports page)</source>
      <translation>Хаттаманы басып шығару (үзінділер — «Есептер» бетінде)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_widgets.py" line="209" />
      <source>Quorum present: {present} of {total}, {required} needed</source>
      <translation>Кворум бар: қатысқаны — {present}, барлығы — {total}, қажеті — {required}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_attendance.py" line="326" />
      <source>Remove</source>
      <translation>Алып тастау</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_status.py" line="30" />
      <source>Reopen the session</source>
      <translation>Отырысты қайта ашу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_status.py" line="155" />
      <source>Reopen…</source>
      <translation>Қайта ашу…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_attendance.py" line="59" />
      <source>Role</source>
      <translation>Рөлі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="153" />
      <source>Russian</source>
      <translation>Орыс тілі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="295" />
      <source>S&amp;ecretary:</source>
      <translation>&amp;Хатшы:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="384" />
      <source>S&amp;ummary:</source>
      <translation>Қысқаша &amp;мазмұны:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="409" />
      <source>Save</source>
      <translation>Сақтау</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="473" />
      <source>Save as Word…</source>
      <translation>Word-қа сақтау…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="411" />
      <source>Save the changes (Ctrl+S)</source>
      <translation>Өзгерістерді сақтау (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="367" />
      <source>Save the changes to this session before closing?</source>
      <translation>Жаппас бұрын осы отырыстағы өзгерістерді сақтайсыз ба?</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="319" />
      <source>Save the minutes as</source>
      <translation>Хаттаманы сақтау</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="429" />
      <source>Saved: {path}</source>
      <translation>Сақталды: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="428" />
      <source>Session No. {number} of {date}</source>
      <translation>{date} ж. № {number} отырыс</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_speakers.py" line="58" />
      <source>Speaker</source>
      <translation>Сөйлеуші</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_speakers.py" line="272" />
      <source>Speakers: heard (СЛУШАЛИ) and spoke (ВЫСТУПИЛИ)</source>
      <translation>Сөйлеушілер: ТЫҢДАЛДЫ (СЛУШАЛИ) және СӨЙЛЕДІ (ВЫСТУПИЛИ)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_speakers.py" line="51" />
      <source>Spoke</source>
      <translation>Сөйледі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_status.py" line="99" />
      <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
      <translation>Мәртебесі: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="488" />
      <source>Stop</source>
      <translation>Тоқтату</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_attendance.py" line="61" />
      <source>Substitute</source>
      <translation>Орнын басушы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="418" />
      <source>The agenda is empty. Add its first item with "Add item".</source>
      <translation>Күн тәртібі бос. Бірінші мәселені «Мәселе қосу» батырмасымен қосыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="395" />
      <source>The decision's text, unless changed</source>
      <translation>Өзгертілмесе, шешімнің мәтіні алынады</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="466" />
      <source>The minutes in Kazakh, as a PDF file</source>
      <translation>Хаттама қазақ тілінде, PDF файл түрінде</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="463" />
      <source>The minutes in Russian, as a PDF file</source>
      <translation>Хаттама орыс тілінде, PDF файл түрінде</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_votes.py" line="96" />
      <source>The minutes name each member under the vote; members left at «—» are not named.</source>
      <translation>Хаттамада дауыс беру қорытындысының астында әр мүше аталады; «—» белгісі қалған мүшелер аталмайды.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_status.py" line="32" />
      <source>The minutes were approved. Reopening records the reason and raises the revision printed on the minutes.</source>
      <translation>Хаттама бекітілген. Қайта ашқан кезде себебі тіркеледі және хаттамада басылатын редакция нөмірі артады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="334" />
      <source>The number is proposed as the next free one of the year; change it if the commission numbers its sessions differently. The chair and the secretary sign the minutes.</source>
      <translation>Нөмір осы жылғы келесі бос нөмір ретінде ұсынылады; комиссия отырыстарын басқаша нөмірлесе, оны өзгертіңіз. Хаттамаға төраға мен хатшы қол қояды.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_status.py" line="157" />
      <source>The session took place: the minutes can be approved next</source>
      <translation>Отырыс өтті: келесі қадам — хаттаманы бекіту</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_attendance.py" line="111" />
      <source>Tick if the member is present</source>
      <translation>Мүше қатысса, белгілеңіз</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_attendance.py" line="318" />
      <source>Tick the members present. For an absent member type the reason and, if someone stands in, choose the substitute (who counts for the quorum).</source>
      <translation>Қатысқан мүшелерді белгілеңіз. Қатыспаған мүшенің себебін жазыңыз, ал оның орнын біреу басса, орнын басушыны таңдаңыз (ол кворумға есептеледі).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="256" />
      <source>Translations missing: {list}</source>
      <translation>Аудармасы жоқ: {list}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="402" />
      <source>Type a name, then Add</source>
      <translation>Аты-жөні, сосын «Қосу»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="405" />
      <source>Type a name, then Add (the first is the main executor)</source>
      <translation>Аты-жөнін теріп, «Қосу» батырмасын басыңыз (біріншісі — негізгі орындаушы)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_attendance.py" line="328" />
      <source>Type part of a name or position, then Invite</source>
      <translation>Аты-жөнінің немесе лауазымының бір бөлігін теріп, «Шақыру» батырмасын басыңыз</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="130" />
      <source>Type the due date as the minutes say it: до 25 декабря, в месячный срок, ежеквартально до 5 числа, постоянно.</source>
      <translation>Мерзімді хаттамадағыдай жазыңыз: 25 желтоқсанға дейін, бір ай мерзімде, тоқсан сайын айдың 5-күніне дейін, тұрақты (орысша да болады: до 25 декабря, в месячный срок, ежеквартально до 5 числа, постоянно).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_translations.py" line="81" />
      <source>Type the translation of each text; those left empty print in the other language, marked.</source>
      <translation>Әр мәтіннің аудармасын енгізіңіз; толтырылмағандары басқа тілде белгімен басылады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="238" />
      <source>Unsaved changes</source>
      <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="379" />
      <source>Up</source>
      <translation>Жоғары</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_votes.py" line="68" />
      <source>Voted</source>
      <translation>Дауысы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="395" />
      <source>What was reported and discussed, in a few sentences</source>
      <translation>Не баяндалды және талқыланды — бірнеше сөйлеммен</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_votes.py" line="91" />
      <source>Who voted on the agenda</source>
      <translation>Күн тәртібі бойынша кім қалай дауыс берді</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_votes.py" line="93" />
      <source>Who voted on this item</source>
      <translation>Осы тармақ бойынша кім қалай дауыс берді</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="401" />
      <source>Who voted…</source>
      <translation>Кім қалай дауыс берді…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="417" />
      <source>Who watches the execution; the commission's controller if empty</source>
      <translation>Орындалуын кім бақылайды; бос болса — комиссияның бақылаушысы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="314" />
      <source>Word documents (*.docx)</source>
      <translation>Word құжаттары (*.docx)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="412" />
      <source>abstained</source>
      <translation>қалыс қалды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="411" />
      <source>against</source>
      <translation>қарсы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="163" />
      <source>days: {n}</source>
      <translation>күн: {n}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_status.py" line="42" />
      <source>e.g. a typo in decision 1.2 noticed by the chair</source>
      <translation>мысалы, төраға байқаған 1.2-шешімдегі қате</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_decisions.py" line="336" />
      <source>e.g. Информацию принять к сведению.</source>
      <translation>мысалы, Информацию принять к сведению.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="304" />
      <source>e.g. г. Алматы, пл. Республики, 4</source>
      <translation>мысалы, г. Алматы, пл. Республики, 4</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="410" />
      <source>for</source>
      <translation>жақтады</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="389" />
      <source>for the minutes in Kazakh</source>
      <translation>қазақ тіліндегі хаттама үшін</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="307" />
      <source>for the minutes in Kazakh; the Russian place if empty</source>
      <translation>қазақ тіліндегі хаттама үшін; бос болса, орысша орны алынады</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_decisions.py" line="339" />
      <source>for the minutes in Kazakh; the Russian text if empty</source>
      <translation>қазақ тіліндегі хаттама үшін; бос болса, орысша мәтін алынады</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/context.py" line="177" />
      <source>group</source>
      <translation>топ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="165" />
      <source>months: {n}</source>
      <translation>ай: {n}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_speakers.py" line="282" />
      <source>on what (optional)</source>
      <translation>не туралы (міндетті емес)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_speakers.py" line="285" />
      <source>on what, in Kazakh</source>
      <translation>не туралы, қазақша</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/context.py" line="178" />
      <source>organisation</source>
      <translation>ұйым</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="392" />
      <source>the same, in Kazakh</source>
      <translation>қазақ тілінде де</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="164" />
      <source>weeks: {n}</source>
      <translation>апта: {n}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="249" />
      <source>without Kazakh: {n}</source>
      <translation>қазақшасыз: {n}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="253" />
      <source>without Russian: {n}</source>
      <translation>орысшасыз: {n}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="169" />
      <source>working days: {n}</source>
      <translation>жұмыс күні: {n}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="166" />
      <source>years: {n}</source>
      <translation>жыл: {n}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_attendance.py" line="299" />
      <source>{name} is a member of the commission: tick them in the list above instead.</source>
      <translation>{name} — комиссия мүшесі: шақырудың орнына оны жоғарыдағы тізімде белгілеңіз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="326" />
      <source>«{name}» is not in the directory. Choose from the list as you type, or add it to the directory.</source>
      <translation>«{name}» анықтамалықта жоқ. Теру кезінде тізімнен таңдаңыз немесе анықтамалыққа қосыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="386" />
      <source>О ... (as in the agenda)</source>
      <translation>О ... (күн тәртібіндегідей)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="270" />
      <source>до 25 декабря / в месячный срок</source>
      <translation>25 желтоқсанға дейін / бір ай мерзімде</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="273" />
      <source>до 25 декабря / в месячный срок / ежеквартально до 5 числа</source>
      <translation>25 желтоқсанға дейін / бір ай мерзімде / тоқсан сайын айдың 5-күніне дейін</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="151" />
      <source>→ by the next session: open until it is scheduled</source>
      <translation>→ келесі отырысқа дейін: ол белгіленгенге дейін ашық</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="201" />
      <source>→ control dates: {dates}</source>
      <translation>→ бақылау мерзімдері: {dates}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="240" />
      <source>→ next control date: {date} ({weekday})</source>
      <translation>→ келесі бақылау мерзімі: {date} ({weekday})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="157" />
      <source>→ no deadline</source>
      <translation>→ мерзімсіз</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="188" />
      <source>→ ongoing: on control until the commission takes it off</source>
      <translation>→ тұрақты: комиссия бақылаудан алғанға дейін бақылауда болады</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="154" />
      <source>→ tied to an event: kept as written, open with no date</source>
      <translation>→ оқиғаға байланысты: жазылғандай сақталады, күнсіз ашық</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="174" />
      <source>→ tied to an event: open until its date is recorded (Event occurred…), then due after it ({term})</source>
      <translation>→ оқиғаға байланысты: оқиға күні белгіленгенше ашық («Оқиға орын алды…»), содан кейін мерзімі — одан кейін ({term})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="231" />
      <source>→ {date} ({weekday})</source>
      <translation>→ {date} ({weekday})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="227" />
      <source>→ {date} ({weekday}; {written} is a day off)</source>
      <translation>→ {date} ({weekday}; {written} — демалыс күні)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="218" />
      <source>→ {date} is before the session ({session}); choose a later date.</source>
      <translation>→ {date} — отырыс күнінен ({session}) бұрын; кейінірек күнді таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_decisions.py" line="70" />
      <source>⤷ instruction, due: {due}</source>
      <translation>⤷ тапсырма, мерзімі: {due}</translation>
    </message>
  </context>
  <context>
    <name>SessionView</name>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="103" />
      <source>Absent</source>
      <translation>Қатыспағандар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="121" />
      <source>Agenda and decisions</source>
      <translation>Күн тәртібі және шешімдер</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="70" />
      <source>Attendance</source>
      <translation>Қатысушылар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="64" />
      <source>Chair</source>
      <translation>Төраға</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="154" />
      <source>Decided</source>
      <translation>Шешті</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="183" />
      <source>Due</source>
      <translation>Мерзімі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="182" />
      <source>Executors</source>
      <translation>Орындаушылар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="214" />
      <source>Executors: {names}. Due: {due}. {status}.</source>
      <translation>Орындаушылар: {names}. Мерзімі: {due}. {status}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="128" />
      <source>Heard</source>
      <translation>Тыңдалды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="181" />
      <source>Instruction</source>
      <translation>Тапсырма</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="167" />
      <source>Instructions</source>
      <translation>Тапсырмалар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="293" />
      <source>Instructions in the tracker</source>
      <translation>Тапсырмаларды ашу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="98" />
      <source>Invited</source>
      <translation>Шақырылғандар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="53" />
      <source>Kind</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="75" />
      <source>NO QUORUM</source>
      <translation>КВОРУМ ЖОҚ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="180" />
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="93" />
      <source>Present</source>
      <translation>Қатысқандар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="65" />
      <source>Secretary</source>
      <translation>Хатшы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="44" />
      <source>Session No. {number} of {date}</source>
      <translation>{date} ж. № {number} отырыс</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="290" />
      <source>Session {label}</source>
      <translation>{label} отырысы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="129" />
      <source>Spoke</source>
      <translation>Сөйледі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="57" />
      <source>Status</source>
      <translation>Мәртебесі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="172" />
      <source>This session issued no instructions.</source>
      <translation>Бұл отырыста тапсырмалар берілмеген.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="61" />
      <source>Time and place</source>
      <translation>Уақыты мен орны</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="144" />
      <source>Vote: for {f}, against {a}, abstained {s}.</source>
      <translation>Дауыс беру: жақтады — {f}, қарсы — {a}, қалыс қалды — {s}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="80" />
      <source>Voting members present: {present} of {total}; {required} needed: {verdict}.</source>
      <translation>Дауыс беру құқығы бар мүшелер: қатысқаны — {present}, барлығы — {total}, қажеті — {required}. Қорытынды: {verdict}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="194" />
      <source>overdue by {n} days</source>
      <translation>мерзімі {n} күнге өтті</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="73" />
      <source>quorum present</source>
      <translation>кворум бар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="112" />
      <source>replaced by {name}</source>
      <translation>орнын басқан: {name}</translation>
    </message>
  </context>
  <context>
    <name>Sessions</name>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="339" />
      <source>&amp;New session</source>
      <translation>&amp;Жаңа отырыс</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="260" />
      <source>A session belongs to a commission: set the commission up first (File → Settings → Commissions), then add its members in the Directory.</source>
      <translation>Отырыс комиссияға тиесілі: алдымен комиссияны енгізіңіз («Файл» → «Баптаулар…» → «Комиссиялар»), содан кейін оның мүшелерін «Анықтамалыққа» қосыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="102" />
      <source>Agenda</source>
      <translation>Күн тәртібі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="341" />
      <source>Ctrl+N</source>
      <translation>Ctrl+N</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="78" />
      <source>Date</source>
      <translation>Күні</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="333" />
      <source>Double-click a session to edit it (an approved one opens for reading); Ctrl+N starts a new session.</source>
      <translation>Отырысты өңдеу үшін оны екі рет шертіңіз (бекітілген отырыс тек оқу үшін ашылады); Ctrl+N жаңа отырысты бастайды.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="342" />
      <source>Edit</source>
      <translation>Өңдеу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="344" />
      <source>Header, attendance, agenda, decisions and instructions; documents</source>
      <translation>Деректемелер, қатысушылар, күн тәртібі, шешімдер мен тапсырмалар; құжаттар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="91" />
      <source>Instructions</source>
      <translation>Тапсырмалар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="353" />
      <source>Its instructions in the tracker</source>
      <translation>Тапсырмаларын ашу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="83" />
      <source>Kind</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="340" />
      <source>New session</source>
      <translation>Жаңа отырыс</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="259" />
      <source>No commission yet</source>
      <translation>Комиссия әлі жоқ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="60" />
      <source>No. {number} of {year}</source>
      <translation>{year} жылғы № {number}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="97" />
      <source>Overdue</source>
      <translation>Мерзімі өткен</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="348" />
      <source>Preview</source>
      <translation>Қарау</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="73" />
      <source>Session</source>
      <translation>Отырыс</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="330" />
      <source>Sessions of the commission</source>
      <translation>Комиссия отырыстары</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="87" />
      <source>Status</source>
      <translation>Мәртебесі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="350" />
      <source>The whole session on one page, read-only</source>
      <translation>Бүкіл отырыс бір бетте, тек оқу үшін</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="140" />
      <source>{n} instruction(s) of this session are overdue</source>
      <translation>Бұл отырыстың мерзімі өткен тапсырмалары: {n}</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="389" />
      <source> (the latest)</source>
      <translation> (соңғылары)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="388" />
      <source>&amp;Keep daily backups:</source>
      <translation>Күнделікті көшірмелерді &amp;сақтау:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="272" />
      <source>A deadline that falls on a day off moves</source>
      <translation>Демалыс күніне түскен мерзім ауыстырылады</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="231" />
      <source>A session has a quorum when at least {n}/{d} of the voting members are present.</source>
      <translation>Дауыс беру құқығы бар мүшелердің кемінде {n}/{d} бөлігі қатысса, отырыста кворум болады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="226" />
      <source>A session has a quorum when more than {n}/{d} of the voting members are present.</source>
      <translation>Дауыс беру құқығы бар мүшелердің {n}/{d} бөлігінен астамы қатысса, отырыста кворум болады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="267" />
      <source>Add</source>
      <translation>Қосу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="243" />
      <source>Add signatory</source>
      <translation>Қол қоюшыны қосу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="283" />
      <source>Applies to deadlines set from now on; due dates already recorded stay as they are.</source>
      <translation>Бұдан былай белгіленетін мерзімдерге қолданылады; бұрын тіркелген мерзімдер өзгермейді.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="217" />
      <source>Attendees listed in the minutes, at most:</source>
      <translation>Хаттамадағы қатысушылар, көп дегенде:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="396" />
      <source>Back up now</source>
      <translation>Қазір көшірме жасау</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="338" />
      <source>Backup written: {path}</source>
      <translation>Резервтік көшірме сақталды: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="397" />
      <source>Backups…</source>
      <translation>Резервтік көшірмелер…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="225" />
      <source>Body:</source>
      <translation>Орган:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="216" />
      <source>Bottom margin:</source>
      <translation>Төменгі өріс:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="468" />
      <source>Calendar</source>
      <translation>Күнтізбе</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="251" />
      <source>Chair:</source>
      <translation>Төраға:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="250" />
      <source>City (Kazakh):</source>
      <translation>Қала (қазақша):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="249" />
      <source>City (Russian):</source>
      <translation>Қала (орысша):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="245" />
      <source>Commission:</source>
      <translation>Комиссия:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="467" />
      <source>Commissions</source>
      <translation>Комиссиялар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="254" />
      <source>Controls execution:</source>
      <translation>Орындалуын бақылайды:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="471" />
      <source>Data</source>
      <translation>Деректер</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="386" />
      <source>Database:</source>
      <translation>Дерекқор:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="70" />
      <source>Date</source>
      <translation>Күні</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="75" />
      <source>Day of the week</source>
      <translation>Апта күні</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="47" />
      <source>Day off</source>
      <translation>Демалыс күні</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="232" />
      <source>Decisions begin with:</source>
      <translation>Шешімдер басталады:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="235" />
      <source>Decisions numbered:</source>
      <translation>Шешімдерді нөмірлеу:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="470" />
      <source>Documents</source>
      <translation>Құжаттар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="219" />
      <source>How the minutes are written</source>
      <translation>Хаттама қалай ресімделеді</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="254" />
      <source>Kazakhstan's public holidays and the Government's transfers of days off are known up to 2025. Enter later transfers here: extra days off, and weekend days made working. A line here wins over the built-in calendar.</source>
      <translation>Қазақстанның мерекелері мен Үкіметтің демалыс күндерін ауыстыруы 2025 жылға дейін белгілі. Кейінгі ауыстыруларды осында енгізіңіз: қосымша демалыс күндерін және жұмыс күні болып белгіленген демалыс күндерін. Осы кестедегі жолдың кірістірілген күнтізбеден басымдығы бар.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="195" />
      <source>Language of documents and exports:</source>
      <translation>Құжаттар мен экспорттың тілі:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="387" />
      <source>Latest backup:</source>
      <translation>Соңғы резервтік көшірме:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="234" />
      <source>Lead-in (Kazakh):</source>
      <translation>Кіріспе сөз (қаз.):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="233" />
      <source>Lead-in (Russian):</source>
      <translation>Кіріспе сөз (орыс.):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="213" />
      <source>Left margin:</source>
      <translation>Сол жақ өріс:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="233" />
      <source>Minutes, extracts and reports follow these from the next document on. The usual layout is {size} pt text ({table} pt in tables), margins {left} mm left, {right} mm right, {top} mm top and {bottom} mm bottom; a longer list of attendees goes to an annex.</source>
      <translation>Хаттамалар, үзінділер мен анықтамалар келесі құжаттан бастап осылай ресімделеді. Әдеттегі ресімдеу: қаріп {size} пт (кестелерде {table} пт), өрістер: сол жақ {left} мм, оң жақ {right} мм, жоғарғы {top} мм, төменгі {bottom} мм; қатысушылардың ұзынырақ тізімі қосымшаға шығарылады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="248" />
      <source>Name (Kazakh):</source>
      <translation>Атауы (қазақша):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="247" />
      <source>Name (Russian):</source>
      <translation>Атауы (орысша):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="258" />
      <source>Named in the minutes: "Control of execution is assigned to …"</source>
      <translation>Хаттамада көрсетіледі: «Орындалуын бақылау … жүктелсін»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="246" />
      <source>New commission</source>
      <translation>Жаңа комиссия</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="266" />
      <source>New line:</source>
      <translation>Жаңа жол:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="84" />
      <source>Note</source>
      <translation>Ескертпе</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="264" />
      <source>Note, e.g. the decree that moved the day</source>
      <translation>Ескертпе, мысалы, күнді ауыстырған қаулы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="229" />
      <source>Number printed:</source>
      <translation>Нөмірді басу:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="395" />
      <source>Open folder</source>
      <translation>Қалтаны ашу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="207" />
      <source>Page layout of the documents</source>
      <translation>Құжаттарды ресімдеу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="241" />
      <source>Person</source>
      <translation>Тұлға</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="256" />
      <source>Quorum:</source>
      <translation>Кворум:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="82" />
      <source>Remind of instructions due within</source>
      <translation>Тапсырма мерзіміне дейін</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="469" />
      <source>Reminders</source>
      <translation>Еске салу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="244" />
      <source>Remove</source>
      <translation>Жою</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="269" />
      <source>Remove the selected lines</source>
      <translation>Таңдалған жолдарды жою</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="229" />
      <source>Restore the usual layout</source>
      <translation>Әдеттегі ресімдеуді қайтару</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="214" />
      <source>Right margin:</source>
      <translation>Оң жақ өріс:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="241" />
      <source>Role (Kazakh)</source>
      <translation>Рөлі (қаз.)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="241" />
      <source>Role (Russian)</source>
      <translation>Рөлі (орыс.)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="267" />
      <source>Save</source>
      <translation>Сақтау</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="219" />
      <source>Saved.</source>
      <translation>Сақталды.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="252" />
      <source>Secretary:</source>
      <translation>Хатшы:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="465" />
      <source>Settings</source>
      <translation>Баптаулар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="231" />
      <source>Signatories:</source>
      <translation>Қол қоюшылар:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="212" />
      <source>Text size in tables:</source>
      <translation>Кестелердегі қаріп өлшемі:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="211" />
      <source>Text size:</source>
      <translation>Қаріп өлшемі:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="80" />
      <source>The day is</source>
      <translation>Күн түрі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="361" />
      <source>The history of every change names its author as: {user}. The name is kept for this computer's login; the login is always recorded beside it.</source>
      <translation>Әр өзгерістің тарихында авторы былай көрсетіледі: {user}. Аты осы компьютердегі есептік жазба үшін сақталады; жүйеге кіру аты әрдайым қасында жазылады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="198" />
      <source>The language the Reports page starts with for minutes, extracts, reports and task lists; each document can still be made in the other language there. The interface language is in the View menu.</source>
      <translation>Хаттамалар, үзінділер, есептер мен тапсырмалар тізімдері үшін «Есептер» бөлімінде әдепкі бойынша таңдалатын тіл; сол жерде әр құжатты басқа тілде де жасауға болады. Интерфейс тілі «Көрініс» мәзірінде таңдалады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="245" />
      <source>The minutes name who voted how</source>
      <translation>Хаттамада кімнің қалай дауыс бергені көрсетіледі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="86" />
      <source>The reminder appears when the program starts and every morning at 08:00 while it runs. It names the instructions due within this many working days, and those that became overdue since the last reminder (each only once).</source>
      <translation>Еске салу бағдарлама іске қосылғанда және ол жұмыс істеп тұрғанда күн сайын таңертең сағат 08:00-де шығады. Онда мерзіміне осынша жұмыс күні қалған тапсырмалар және соңғы еске салудан кейін мерзімі өткен тапсырмалар (әрқайсысы бір рет қана) аталады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="246" />
      <source>Three words separated by "/": for / against / abstained</source>
      <translation>«/» арқылы үш сөз: жақтап / қарсы / қалыс қалғандар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="228" />
      <source>Title (Kazakh):</source>
      <translation>Тақырып (қаз.):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="227" />
      <source>Title (Russian):</source>
      <translation>Тақырып (орыс.):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="226" />
      <source>Title:</source>
      <translation>Тақырып:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="215" />
      <source>Top margin:</source>
      <translation>Жоғарғы өріс:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="237" />
      <source>Vote words (Kazakh):</source>
      <translation>Дауыс беру сөздері (қаз.):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="236" />
      <source>Vote words (Russian):</source>
      <translation>Дауыс беру сөздері (орыс.):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="230" />
      <source>Who signs:</source>
      <translation>Кім қол қояды:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="45" />
      <source>Working day</source>
      <translation>Жұмыс күні</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="331" />
      <source>Writing a backup…</source>
      <translation>Резервтік көшірме жасалуда…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="399" />
      <source>Your &amp;name in the history:</source>
      <translation>Тарихтағы &amp;атыңыз:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="264" />
      <source>e.g. Алматы қаласы</source>
      <translation>мысалы, Алматы қаласы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="402" />
      <source>e.g. Ахметова А. Б., secretary</source>
      <translation>мысалы: Ахметова А. Б., хатшы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="239" />
      <source>e.g. Байқау кеңесі отырысының
ХАТТАМАСЫ</source>
      <translation>мысалы: Байқау кеңесі отырысының
ХАТТАМАСЫ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="238" />
      <source>e.g. ПРОТОКОЛ
заседания Наблюдательного совета</source>
      <translation>мысалы: ПРОТОКОЛ
заседания Наблюдательного совета</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="262" />
      <source>e.g. г. Алматы</source>
      <translation>мысалы, г. Алматы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="393" />
      <source>in memory (nothing is saved)</source>
      <translation>жедел жадта (ештеңе сақталмайды)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="227" />
      <source>mm</source>
      <translation>мм</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="266" />
      <source>more than (not "at least")</source>
      <translation>артық болуы керек («кемінде» емес)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="377" />
      <source>none yet</source>
      <translation>әлі жоқ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="225" />
      <source>pt</source>
      <translation>пт</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="280" />
      <source>to the next working day (civil-law practice)</source>
      <translation>келесі жұмыс күніне (азаматтық-құқықтық тәжірибе)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="275" />
      <source>to the preceding working day (records-management practice)</source>
      <translation>алдыңғы жұмыс күніне (іс жүргізу тәжірибесі)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="84" />
      <source>working days</source>
      <translation>жұмыс күні қалғанда еске салу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="243" />
      <source>{date}, {weekday}: a day off</source>
      <translation>{date}, {weekday}: демалыс күні</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="241" />
      <source>{date}, {weekday}: a day off ({name})</source>
      <translation>{date}, {weekday}: демалыс күні ({name})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="239" />
      <source>{date}, {weekday}: a working day</source>
      <translation>{date}, {weekday}: жұмыс күні</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="182" />
      <source>— not set —</source>
      <translation>— көрсетілмеген —</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <location filename="../../anticorr_desktop/ui/startup.py" line="41" />
      <source>Another copy of AntiCorr Desktop ({user} on {host}, process {pid}) has this database open:
{db}

Open it read-only here, to look without changing anything?</source>
      <translation>Бұл дерекқор AntiCorr Desktop бағдарламасының басқа данасында ашық ({user}, {host}, процесс {pid}):
{db}

Ешнәрсе өзгертпей қарау үшін оны мұнда тек оқу режимінде ашу керек пе?</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/startup.py" line="98" />
      <source>No good backup was found. Keep the file and ask for help.</source>
      <translation>Жарамды резервтік көшірме табылмады. Файлды сақтап, көмек сұраңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/startup.py" line="47" />
      <source>Open read-only</source>
      <translation>Тек оқу үшін ашу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/startup.py" line="106" />
      <source>Restore the newest good backup, {backup}? The damaged file is kept beside it.</source>
      <translation>Соңғы жарамды резервтік көшірмені, {backup}, қалпына келтіру керек пе? Зақымдалған файл қасында сақталады.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/startup.py" line="118" />
      <source>Restored from {backup}. The damaged file was kept as {kept}.</source>
      <translation>{backup} көшірмесінен қалпына келтірілді. Зақымдалған файл {kept} ретінде сақталды.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/startup.py" line="175" />
      <source>Start the program again to work with the restored database.</source>
      <translation>Қалпына келтірілген дерекқормен жұмыс істеу үшін бағдарламаны қайта іске қосыңыз.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/startup.py" line="186" />
      <source>The check of the journal found changes made outside the program:

{lines}

The data may have been edited behind the program's back. Keep this database as it is for inspection, and compare it with a backup (Settings → Data → Backups).</source>
      <translation>Журналды тексеру бағдарламаны айналып өтіп жасалған өзгерістерді анықтады:

{lines}

Деректер бағдарламадан тыс өзгертілген болуы мүмкін. Тексеру үшін бұл дерекқорды сол күйінде сақтап, оны резервтік көшірмемен салыстырыңыз (Баптаулар → Деректер → Резервтік көшірмелер).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/startup.py" line="40" />
      <source>The database is already open</source>
      <translation>Дерекқор бұрыннан ашық</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/startup.py" line="103" />
      <source>The database is damaged</source>
      <translation>Дерекқор зақымдалған</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/startup.py" line="60" />
      <source>The database is on a network folder</source>
      <translation>Дерекқор желілік бумада орналасқан</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/startup.py" line="117" />
      <source>The database was restored</source>
      <translation>Дерекқор қалпына келтірілді</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/startup.py" line="93" />
      <source>The database {db} is damaged ({problem}).</source>
      <translation>{db} дерекқоры зақымдалған ({problem}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/startup.py" line="61" />
      <source>The database {db} is on a network folder. SQLite's write-ahead log does not work reliably there, and two computers writing at once can damage the file.

Keep the database on this computer's disk and put the backups on the network folder instead (Settings → Data).</source>
      <translation>{db} дерекқоры желілік бумада орналасқан. SQLite-тің алдын ала жазу журналы онда сенімсіз жұмыс істейді, ал екі компьютердің бір мезгілде жазуы файлды зақымдауы мүмкін.

Дерекқорды осы компьютердің дискісінде сақтаңыз, ал желілік бумаға резервтік көшірмелерді салыңыз (Баптаулар → Деректер).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/startup.py" line="185" />
      <source>The record does not verify</source>
      <translation>Өзгерістер журналы тексеруден өтпеді</translation>
    </message>
  </context>
  <context>
    <name>Tracker</name>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="350" />
      <source>&amp;Commission:</source>
      <translation>&amp;Комиссия:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="323" />
      <source>&amp;Executor:</source>
      <translation>&amp;Орындаушы:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker.py" line="609" />
      <source>&amp;Open</source>
      <translation>&amp;Ашу</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="327" />
      <source>&amp;Overdue only</source>
      <translation>Тек мерзімі &amp;өткендер</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="322" />
      <source>&amp;Status:</source>
      <translation>&amp;Мәртебесі:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="262" />
      <source>All</source>
      <translation>Барлығы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="306" />
      <source>All commissions</source>
      <translation>Барлық комиссиялар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="294" />
      <source>All sessions</source>
      <translation>Барлық отырыстар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="276" />
      <source>Anyone</source>
      <translation>Кез келген</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="345" />
      <source>CSV for Excel…</source>
      <translation>Excel үшін CSV…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="346" />
      <source>Calendar (ICS)…</source>
      <translation>Күнтізбе (ICS)…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker.py" line="88" />
      <source>Days overdue</source>
      <translation>Кешігу, күн</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="267" />
      <source>Done late this year</source>
      <translation>Биыл кешіктіріліп орындалғандар</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker.py" line="87" />
      <source>Due</source>
      <translation>Мерзімі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="351" />
      <source>Due &amp;between</source>
      <translation>Мерзімі а&amp;ралықта</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="329" />
      <source>Due within {n} &amp;working days</source>
      <translation>Мерзімі {n} &amp;жұмыс күні ішінде келетіндер</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker.py" line="425" />
      <source>Due within {n} working days</source>
      <translation>Мерзімі {n} жұмыс күні ішінде келеді</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="344" />
      <source>Excel workbook (XLSX)…</source>
      <translation>Excel кітабы (XLSX)…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="339" />
      <source>Export</source>
      <translation>Экспорт</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="325" />
      <source>Fi&amp;nd:</source>
      <translation>&amp;Іздеу:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker.py" line="85" />
      <source>Instruction</source>
      <translation>Тапсырма</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="347" />
      <source>Interchange file (JSON)…</source>
      <translation>Алмасу файлы (JSON)…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker.py" line="86" />
      <source>Main executor</source>
      <translation>Негізгі орындаушы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker.py" line="84" />
      <source>Minutes</source>
      <translation>Хаттама</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker.py" line="83" />
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="263" />
      <source>Open (not closed)</source>
      <translation>Орындалмағандар (жабылмаған)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="295" />
      <source>Outside sessions</source>
      <translation>Отырыстан тыс</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker.py" line="423" />
      <source>Overdue by {n} days</source>
      <translation>Мерзімі {n} күнге өтті</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="217" />
      <source>Searching…</source>
      <translation>Іздеу жүріп жатыр…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="324" />
      <source>Sess&amp;ion:</source>
      <translation>О&amp;тырыс:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="338" />
      <source>Show all</source>
      <translation>Барлығын көрсету</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker.py" line="89" />
      <source>Status</source>
      <translation>Мәртебесі</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="341" />
      <source>This list, with its filters, as a file</source>
      <translation>Осы тізім, сүзгілерімен, файлға</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="334" />
      <source>Words from the instruction, decision or report (Ctrl+F)</source>
      <translation>Тапсырманың, шешімнің немесе есептің мәтініндегі сөздер (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="326" />
      <source>also as co-executor</source>
      <translation>бірлескен орындаушы ретінде де</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="296" />
      <source>{label} of {date}</source>
      <translation>{label} ({date})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="220" />
      <source>{n} shown</source>
      <translation>Көрсетілгені: {n}</translation>
    </message>
  </context>
</TS>
