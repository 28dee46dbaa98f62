<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
      <translation>AntiCorr Desktop в командной строке: заседания, поручения и контроль их исполнения.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="404" />
      <source>Backup written: {path}</source>
      <translation>Резервная копия сохранена: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="103" />
      <source>CSV delimiter (default ;)</source>
      <translation>разделитель полей в CSV (по умолчанию ;)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="158" />
      <source>Database ready: {path}</source>
      <translation>База данных готова: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="200" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="263" />
      <source>Days overdue</source>
      <translation>Дней просрочки</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="156" />
      <source>Demo loaded into {path}.</source>
      <translation>Демонстрационные данные загружены: {path}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="263" />
      <source>Due</source>
      <translation>Срок</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="263" />
      <source>Executors</source>
      <translation>Исполнители</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="293" />
      <source>Found in</source>
      <translation>Где найдено</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="200" />
      <source>Id</source>
      <translation>ID</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="171" />
      <source>Imported: {created} new, {updated} changed, {unchanged} unchanged.</source>
      <translation>Импорт завершён: новых записей — {created}, изменённых — {updated}, без изменений — {unchanged}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="200" />
      <source>Instructions</source>
      <translation>Поручения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="200" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="276" />
      <source>No instructions match.</source>
      <translation>Поручений, соответствующих условиям отбора, нет.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="263" />
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="290" />
      <source>Nothing found.</source>
      <translation>Ничего не найдено.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="277" />
      <source>Nothing is overdue as of {date}.</source>
      <translation>Просроченных поручений на {date} нет.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="200" />
      <source>Overdue</source>
      <translation>Просрочено</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="263" />
      <source>Session</source>
      <translation>Заседание</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="263" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="263" />
      <source>Text</source>
      <translation>Текст</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="393" />
      <source>The database does NOT verify: {n} problem(s).</source>
      <translation>Проверка базы данных НЕ пройдена: обнаружено нарушений — {n}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="395" />
      <source>The database verifies: {n} journal entries, head {head}.</source>
      <translation>Проверка базы данных пройдена: записей в журнале — {n}, хеш последней записи — {head}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="104" />
      <source>XLSX: a sheet per main executor</source>
      <translation>XLSX: отдельный лист для каждого основного исполнителя</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="80" />
      <source>a file per executor, into the folder -o</source>
      <translation>отдельный файл для каждого исполнителя, в папку -o</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="286" />
      <source>agenda item</source>
      <translation>вопрос повестки дня</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="107" />
      <source>check the journal's hash chain and every record against it</source>
      <translation>проверить цепочку хешей журнала и сверить с ней каждую запись</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="47" />
      <source>create the database; --demo loads the demonstration sessions</source>
      <translation>создать базу данных; --demo загружает демонстрационные заседания</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="286" />
      <source>decision</source>
      <translation>решение</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="89" />
      <source>executive discipline over a period, as PDF</source>
      <translation>отчёт об исполнительской дисциплине за период в формате PDF</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="76" />
      <source>extracts of the minutes for one executor or for all</source>
      <translation>выписки из протокола для одного исполнителя или для всех</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="68" />
      <source>full-text search over instructions, decisions, agenda and reports</source>
      <translation>полнотекстовый поиск по поручениям, решениям, повестке дня и отчётам</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="65" />
      <source>id or YEAR/NUMBER</source>
      <translation>ID или YEAR/NUMBER (год/номер)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="54" />
      <source>id or YEAR/NUMBER, e.g. 2024/4</source>
      <translation>ID или YEAR/NUMBER (год/номер), например 2024/4</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="50" />
      <source>import a JSON interchange file (sessions, directory)</source>
      <translation>импортировать файл обмена JSON (заседания, справочник)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="286" />
      <source>instruction</source>
      <translation>поручение</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="60" />
      <source>list instructions with their status and due dates</source>
      <translation>вывести список поручений с их статусами и сроками</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="57" />
      <source>list the sessions</source>
      <translation>вывести список заседаний</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="48" />
      <source>load the demo (only into an empty database)</source>
      <translation>загрузить демонстрационные данные (только в пустую базу данных)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="64" />
      <source>on_control, reported, rework, done, off_control, cancelled, or open</source>
      <translation>on_control, reported, rework, done, off_control, cancelled или open</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="61" />
      <source>only those overdue as of the date</source>
      <translation>только просроченные на указанную дату</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="63" />
      <source>part of an executor's name (main or co-executor)</source>
      <translation>часть ФИО исполнителя (основного исполнителя или соисполнителя)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="79" />
      <source>part of the executor's name</source>
      <translation>часть ФИО исполнителя</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="287" />
      <source>report</source>
      <translation>отчёт</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="43" />
      <source>the database file (default: $ANTICORR_DB, else the user's data folder)</source>
      <translation>файл базы данных (по умолчанию: $ANTICORR_DB, а если переменная не задана — в папке данных пользователя)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="62" />
      <source>the date (default: today)</source>
      <translation>дата (по умолчанию — сегодня)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="71" />
      <source>the minutes of a session as PDF</source>
      <translation>протокол заседания в формате PDF</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="84" />
      <source>the overdue report as of a date, as PDF</source>
      <translation>отчёт о просроченных поручениях на дату в формате PDF</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="95" />
      <source>the task list as CSV, XLSX, ICS or JSON (same filters as instructions)</source>
      <translation>список поручений в формате CSV, XLSX, ICS или JSON (те же фильтры, что у команды instructions)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="109" />
      <source>write a consistent copy of the database</source>
      <translation>создать целостную резервную копию базы данных</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="53" />
      <source>write the database or one session as JSON</source>
      <translation>выгрузить базу данных или одно заседание в формате JSON</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="384" />
      <source>{n} instructions written to {path}</source>
      <translation>Записано поручений — {n}, файл: {path}</translation>
    </message>
  </context>
  <context>
    <name>Common</name>
    <message>
      <location filename="../../anticorr_desktop/ui/common.py" line="105" />
      <source>Cannot do this</source>
      <translation>Действие невозможно</translation>
    </message>
  </context>
  <context>
    <name>Crash</name>
    <message>
      <location filename="../../anticorr_desktop/ui/crash.py" line="72" />
      <source>Cannot do this</source>
      <translation>Действие невозможно</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/crash.py" line="83" />
      <source>Internal error</source>
      <translation>Внутренняя ошибка</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/crash.py" line="76" />
      <source>Something went wrong inside the program, and the last action may not have finished. What was saved before stays saved, and you can keep working.

If it happens again, send the file {log} to whoever looks after the program.

Technical detail: {detail}</source>
      <translation>В работе программы произошёл сбой, и последнее действие, возможно, не завершено. Всё, что было сохранено ранее, сохранилось, и вы можете продолжать работу.

Если ошибка повторится, отправьте файл {log} специалисту, который сопровождает программу.

Технические сведения: {detail}</translation>
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
      <translation>Итого</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="327" />
      <source>"version" is missing.</source>
      <translation>В файле отсутствует поле «version».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="209" />
      <source>"{ref}" is not a session: give its id or YEAR/NUMBER, e.g. 2024/4.</source>
      <translation>«{ref}» не является обозначением заседания: укажите ID заседания или YEAR/NUMBER (год/номер), например 2024/4.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="252" />
      <source>"{text}" is not a date: a day of the month is from 1 to 31, not {day}.</source>
      <translation>«{text}» не является датой: число месяца должно быть от 1 до 31, а указано {day}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="270" />
      <source>"{text}" is not a date: month {month:02d} has at most {days} days.</source>
      <translation>«{text}» не является датой: в месяце {month:02d} не больше {days} дней.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="279" />
      <source>"{text}" is not a date: the year must be from {min_year} to {max_year}, not {year}.</source>
      <translation>«{text}» не является датой: год должен быть в пределах от {min_year} до {max_year}, а указан {year}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="246" />
      <source>"{text}" is not a date: there is no month {month}.</source>
      <translation>«{text}» не является датой: месяца с номером {month} не существует.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="260" />
      <source>"{text}" is not a date: {month:02d}.{year} has only {days} days.</source>
      <translation>«{text}» не является датой: в месяце {month:02d}.{year} всего {days} дней.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="167" />
      <source>"{text}" matches several people: {names}. Be more precise.</source>
      <translation>Запросу «{text}» соответствуют несколько человек: {names}. Уточните запрос.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="306" />
      <source>"{text}": a day of the month is from 1 to 31, not {day}.</source>
      <translation>«{text}»: число месяца должно быть от 1 до 31, а указано {day}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="293" />
      <source>"{text}": the term is too long; at most ten years.</source>
      <translation>«{text}»: срок слишком большой; он не может превышать десяти лет.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="289" />
      <source>"{text}": the term must be longer than zero.</source>
      <translation>«{text}»: срок должен быть больше нуля.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="232" />
      <source>"{time}" is not a time of day; write it as 15:00.</source>
      <translation>«{time}» не является временем суток; укажите время в виде 15:00.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="490" />
      <source>"{value}" is before the instruction was issued ({issued})</source>
      <translation>срок «{value}» наступает раньше даты выдачи поручения ({issued})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="240" />
      <source>"{value}" is not a date (write YYYY-MM-DD, e.g. 2024-12-25)</source>
      <translation>«{value}» не является датой (укажите дату в виде YYYY-MM-DD, например 2024-12-25)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="36" />
      <source>"{value}" is not a date; write 2025-06-30 or 30.06.2025.</source>
      <translation>«{value}» не является датой; укажите дату в виде 2025-06-30 или 30.06.2025.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="225" />
      <source>"{value}" is not a status; use one of: {allowed}.</source>
      <translation>«{value}» не является статусом; используйте одно из значений: {allowed}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="249" />
      <source>"{value}" is not one of: {allowed}</source>
      <translation>«{value}» — недопустимое значение; допустимые значения: {allowed}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="150" />
      <source>A report cannot be registered: the instruction is {status}.</source>
      <translation>Отчёт нельзя зарегистрировать: поручение в статусе «{status}».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="324" />
      <source>A speaker needs a person from the directory or a name.</source>
      <translation>Для выступающего выберите лицо из справочника или укажите его ФИО.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="322" />
      <source>Agenda item {id} does not exist.</source>
      <translation>Вопрос повестки дня не найден (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="440" />
      <source>An executor is listed twice.</source>
      <translation>Один и тот же исполнитель указан дважды. Удалите повтор.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/backup.py" line="15" />
      <source>An in-memory database cannot be backed up.</source>
      <translation>Резервное копирование базы данных, размещённой в оперативной памяти, невозможно.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="703" />
      <source>Cannot create the folder {path}: {detail}</source>
      <translation>Не удаётся создать папку {path}: {detail}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/db.py" line="56" />
      <source>Cannot open the database file ({detail}). Check the folder exists and you may write to it.</source>
      <translation>Не удаётся открыть файл базы данных ({detail}). Проверьте, что папка существует и у вас есть право записи в неё.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="729" />
      <source>Cannot open {path}: {detail}</source>
      <translation>Не удаётся открыть файл {path}: {detail}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="232" />
      <source>Cannot read the due date "{text}". Write it as, for example: {examples}.</source>
      <translation>Не удаётся распознать срок «{text}». Укажите его, например, так: {examples}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="297" />
      <source>Cannot read the schedule "{text}": say by which day, for example: ежемесячно, до 5 числа; ежеквартально, до 5 числа месяца, следующего за отчетным; ежегодно, до 20 января.</source>
      <translation>Не удаётся распознать периодичность «{text}»: укажите, до какого числа, например: ежемесячно, до 5 числа; ежеквартально, до 5 числа месяца, следующего за отчетным; ежегодно, до 20 января.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="270" />
      <source>Cannot read {path}: {detail}</source>
      <translation>Не удаётся прочитать файл {path}: {detail}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="166" />
      <source>Cannot write {path}: {detail}</source>
      <translation>Не удаётся записать файл {path}: {detail}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="192" />
      <source>Commission {id} does not exist.</source>
      <translation>Комиссия не найдена (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="359" />
      <source>Decision {id} does not exist.</source>
      <translation>Решение не найдено (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="328" />
      <source>Give all three vote counts (for, against, abstained), none negative.</source>
      <translation>Укажите все три итога голосования («за», «против», «воздержались»); числа не могут быть отрицательными.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="179" />
      <source>Give the reason for the extension.</source>
      <translation>Укажите причину продления срока.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="397" />
      <source>Instruction {id} does not exist.</source>
      <translation>Поручение не найдено (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="274" />
      <source>Mark the session as held before approving it.</source>
      <translation>Прежде чем утвердить заседание, отметьте его как проведённое.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="182" />
      <source>Membership ends ({to}) before it starts ({frm}).</source>
      <translation>Дата окончания членства ({to}) раньше даты его начала ({frm}). Исправьте даты.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="194" />
      <source>Membership {id} does not exist.</source>
      <translation>Запись о членстве в комиссии не найдена (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="438" />
      <source>Name at least one executor; the first is the main executor.</source>
      <translation>Укажите хотя бы одного исполнителя; первый указанный считается основным исполнителем.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="162" />
      <source>No person matches "{text}".</source>
      <translation>По запросу «{text}» никто не найден. Проверьте написание.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/workdays.py" line="245" />
      <source>No working day within {days} days of {date}: check the calendar table.</source>
      <translation>В пределах {days} дней от {date} нет ни одного рабочего дня: проверьте календарь рабочих и выходных дней.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="390" />
      <source>No. {number} of {year} appears twice in this file ({other})</source>
      <translation>№ {number} за {year} год встречается в файле дважды ({other})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="155" />
      <source>Only a done instruction can be taken off control; this one is {status}.</source>
      <translation>Снять с контроля можно только исполненное поручение; это поручение в статусе «{status}».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="133" />
      <source>Organisation {id} does not exist.</source>
      <translation>Организация не найдена (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="160" />
      <source>Person {id} does not exist.</source>
      <translation>Лицо не найдено в справочнике (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="398" />
      <source>Session No. {number} of {year} already exists in this commission with other contents</source>
      <translation>заседание № {number} за {year} год уже есть в этой комиссии, и его содержание отличается</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="228" />
      <source>Session No. {number} of {year} already exists in this commission. Choose another number.</source>
      <translation>Заседание № {number} за {year} год в этой комиссии уже есть. Выберите другой номер.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="237" />
      <source>Session {id} does not exist.</source>
      <translation>Заседание не найдено (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="325" />
      <source>Session {label} has no instructions.</source>
      <translation>По заседанию {label} поручений нет.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="633" />
      <source>Session {label} is approved and locked here; the file changes it. Reopen the session first if the change is intended.</source>
      <translation>Заседание {label} здесь утверждено и закрыто для изменений, а файл вносит в него изменения. Если изменения нужны, сначала откройте заседание повторно.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="247" />
      <source>Session {label} is approved and locked. Reopen it (with a reason) to change it.</source>
      <translation>Заседание {label} утверждено и закрыто для изменений. Чтобы внести изменения, откройте его повторно, указав причину.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="215" />
      <source>Several commissions have a session {ref}; give its id instead ({ids}).</source>
      <translation>Заседание {ref} есть в нескольких комиссиях; вместо него укажите ID нужного заседания ({ids}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/backup.py" line="32" />
      <source>The backup to {path} failed: {detail}</source>
      <translation>Не удалось создать резервную копию ({path}): {detail}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="151" />
      <source>The database already holds data; the demo loads only into an empty one.</source>
      <translation>В базе данных уже есть данные; демонстрационные данные загружаются только в пустую базу. Укажите другой файл базы данных (--db).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/db.py" line="54" />
      <source>The database file is damaged ({detail}). Restore it from a backup.</source>
      <translation>Файл базы данных повреждён ({detail}). Восстановите его из резервной копии.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/db.py" line="50" />
      <source>The database is busy: another copy of the program is saving. Nothing was saved; try again in a moment.</source>
      <translation>База данных занята: другая копия программы сохраняет данные. Ничего не сохранено; повторите попытку через несколько секунд.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/db.py" line="52" />
      <source>The database is open read-only. Nothing was saved.</source>
      <translation>База данных открыта только для чтения. Ничего не сохранено.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="724" />
      <source>The database needs an upgrade that cannot run read-only.</source>
      <translation>Базе данных требуется обновление, которое невозможно выполнить в режиме только для чтения. Откройте её с правом записи.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="706" />
      <source>The database {path} does not exist.</source>
      <translation>Файл базы данных не найден: {path}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="121" />
      <source>The database {path} does not exist. Create it with: anticorr init</source>
      <translation>Файл базы данных не найден: {path}. Создайте базу данных командой: anticorr init</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="153" />
      <source>The deadline cannot be extended: the instruction is {status}.</source>
      <translation>Срок нельзя продлить: поручение в статусе «{status}».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="425" />
      <source>The decision belongs to another session.</source>
      <translation>Это решение относится к другому заседанию.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/db.py" line="48" />
      <source>The disk is full or failed while saving. Nothing was saved. Free some space and try again.</source>
      <translation>Диск заполнен, или при сохранении произошёл сбой диска. Ничего не сохранено. Освободите место на диске и повторите попытку.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="240" />
      <source>The due date is empty. Write it as, for example: {examples}.</source>
      <translation>Срок не указан. Укажите его, например, так: {examples}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="456" />
      <source>The due date {due} is before the instruction was issued ({issued}).</source>
      <translation>Срок {due} раньше даты выдачи поручения ({issued}). Укажите более поздний срок.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="329" />
      <source>The file has format version {ver}; this program reads version {mine}. Install a newer version of the program.</source>
      <translation>Версия формата файла — {ver}, а программа читает версию {mine}. Установите более новую версию программы.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="322" />
      <source>The file must hold a JSON object, not {kind}.</source>
      <translation>Файл должен содержать объект JSON, а не {kind}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="154" />
      <source>The instruction cannot be cancelled: it is {status}.</source>
      <translation>Поручение нельзя отменить: оно в статусе «{status}».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="175" />
      <source>The new due date {new} must be later than the current one, {old}.</source>
      <translation>Новый срок {new} должен быть позже текущего ({old}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="635" />
      <source>The period ends ({to}) before it starts ({frm}).</source>
      <translation>Дата окончания периода ({to}) раньше даты его начала ({frm}). Исправьте даты.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="175" />
      <source>The quorum must be a fraction between 0 and 1, such as 2/3.</source>
      <translation>Кворум должен быть дробью от 0 до 1, например 2/3.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="498" />
      <source>The report date {date} is before the instruction was issued ({issued}).</source>
      <translation>Дата отчёта {date} раньше даты выдачи поручения ({issued}). Проверьте дату.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="501" />
      <source>The report date {date} is in the future.</source>
      <translation>Дата отчёта {date} ещё не наступила. Проверьте дату.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="463" />
      <source>The schedule gives no control dates before {until}.</source>
      <translation>По этому графику до {until} не приходится ни одного контрольного срока.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="230" />
      <source>The session number must be a positive whole number.</source>
      <translation>Номер заседания должен быть целым положительным числом.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="522" />
      <source>There is no report awaiting a decision.</source>
      <translation>Нет отчёта, ожидающего решения.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="151" />
      <source>There is no report awaiting a decision: the instruction is {status}.</source>
      <translation>Нет отчёта, ожидающего решения: поручение в статусе «{status}».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="152" />
      <source>There is no report to return: the instruction is {status}.</source>
      <translation>Нет отчёта, который можно вернуть на доработку: поручение в статусе «{status}».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="213" />
      <source>There is no session {ref}.</source>
      <translation>Заседание {ref} не найдено.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="713" />
      <source>This database was written by a newer version of the program (schema {names}). Install the newer version to open it.</source>
      <translation>Эта база данных создана более новой версией программы (схема {names}). Чтобы открыть её, установите новую версию программы.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="372" />
      <source>This decision has instructions; cancel or remove them first.</source>
      <translation>По этому решению есть поручения; сначала отмените или удалите их.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="173" />
      <source>This instruction has no due date to extend.</source>
      <translation>У этого поручения нет срока, который можно продлить.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="324" />
      <source>This is not an AntiCorr Desktop file ("format" should be "{fmt}").</source>
      <translation>Это не файл AntiCorr Desktop (поле «format» должно иметь значение «{fmt}»).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="362" />
      <source>ends before it starts</source>
      <translation>дата окончания раньше даты начала</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="503" />
      <source>is earlier than the original due date</source>
      <translation>текущий срок раньше первоначального</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="410" />
      <source>is marked present and absent at once</source>
      <translation>одновременно отмечены присутствие и отсутствие</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="188" />
      <source>is missing</source>
      <translation>поле отсутствует</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="203" />
      <source>is missing or empty</source>
      <translation>поле отсутствует или не заполнено</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="510" />
      <source>is missing: write the due rule as text (e.g. "до 25 декабря 2024 года") or as an object</source>
      <translation>поле отсутствует: укажите срок текстом (например, «до 25 декабря 2024 года») или объектом</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="498" />
      <source>is not a valid due rule</source>
      <translation>недопустимое правило определения срока</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="208" />
      <source>is too long ({n} characters; the limit is {limit})</source>
      <translation>текст слишком длинный (символов: {n}; допускается не более {limit})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="387" />
      <source>is {year} but the session's date is in {dyear}</source>
      <translation>указан {year} год, но дата заседания относится к {dyear} году</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="468" />
      <source>lists the same executor twice</source>
      <translation>один и тот же исполнитель указан дважды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="404" />
      <source>lists the same person twice</source>
      <translation>одно и то же лицо указано дважды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="236" />
      <source>must be a date as text (YYYY-MM-DD)</source>
      <translation>значение должно быть датой в виде текста (YYYY-MM-DD)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="357" />
      <source>must be a fraction between 0 and 1, such as 2/3</source>
      <translation>значение должно быть дробью от 0 до 1, например 2/3</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="191" />
      <source>must be a list</source>
      <translation>значение должно быть списком</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="218" />
      <source>must be a whole number, not {value}</source>
      <translation>значение должно быть целым числом, а не {value}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="195" />
      <source>must be an object</source>
      <translation>значение должно быть объектом</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="421" />
      <source>must be an object with for, against, abstained</source>
      <translation>значение должно быть объектом с полями for, against, abstained</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="220" />
      <source>must be at least {minimum}</source>
      <translation>значение должно быть не меньше {minimum}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="206" />
      <source>must be text, not {value}</source>
      <translation>значение должно быть текстом, а не {value}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="226" />
      <source>must be true or false</source>
      <translation>значение должно быть true или false</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="463" />
      <source>must list at least one executor (the first is the main executor)</source>
      <translation>укажите хотя бы одного исполнителя (первый считается основным исполнителем)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="428" />
      <source>needs a person or a name</source>
      <translation>укажите лицо из справочника (person) или ФИО (name)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="501" />
      <source>needs the original and the current due date</source>
      <translation>укажите первоначальный и текущий сроки</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="382" />
      <source>refers to an unknown commission "{uid}"</source>
      <translation>ссылка на неизвестную комиссию «{uid}»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="517" />
      <source>refers to an unknown control point</source>
      <translation>ссылка на неизвестный контрольный срок</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="459" />
      <source>refers to an unknown decision "{uid}"</source>
      <translation>ссылка на неизвестное решение «{uid}»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="342" />
      <source>refers to an unknown organisation "{uid}"</source>
      <translation>ссылка на неизвестную организацию «{uid}»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="316" />
      <source>refers to an unknown person "{uid}"</source>
      <translation>ссылка на неизвестное лицо «{uid}»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="529" />
      <source>the new date {new} must be later than the old one {old}</source>
      <translation>новая дата {new} должна быть позже прежней ({old})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="520" />
      <source>{date} is before the instruction was issued</source>
      <translation>дата {date} раньше даты выдачи поручения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="475" />
      <source>{msg}</source>
      <translation>{msg}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="285" />
      <source>{name} appears twice in the attendance list.</source>
      <translation>В списке участников заседания дважды указано одно и то же лицо: {name}. Удалите повтор.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="289" />
      <source>{name} cannot substitute for themself.</source>
      <translation>Замещающим указано то же лицо, что и отсутствующий: {name}. Выберите другого замещающего.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/reports/build.py" line="135" />
      <source>{name} has no instructions in session {label}.</source>
      <translation>По заседанию {label} нет поручений для исполнителя {name}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="292" />
      <source>{name} is marked present and absent at once.</source>
      <translation>{name}: одновременно отмечены присутствие и отсутствие. Оставьте только одну отметку.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="698" />
      <source>{path} is a folder, not a database file.</source>
      <translation>{path} — это папка, а не файл базы данных. Укажите путь к файлу.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="277" />
      <source>{path} is not UTF-8 text (byte {pos}).</source>
      <translation>Файл {path} не является текстом в кодировке UTF-8 (байт {pos}). Сохраните файл в кодировке UTF-8.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="283" />
      <source>{path} is not valid JSON: {msg} at line {line}, column {col}.</source>
      <translation>Файл {path} содержит ошибку в формате JSON: {msg} (строка {line}, столбец {col}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="272" />
      <source>{path} is {mb} MB; an interchange file may be at most {limit} MB.</source>
      <translation>Размер файла {path} — {mb} МБ; размер файла обмена не может превышать {limit} МБ.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="33" />
      <source>{what} is empty. Fill it in.</source>
      <translation>Поле «{what}» не заполнено. Заполните его.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="35" />
      <source>{what} is too long ({n} characters); the limit is {limit}.</source>
      <translation>Поле «{what}» слишком длинное (символов: {n}); допускается не более {limit}.</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <location filename="../../anticorr_desktop/exports/xlsx_export.py" line="55" />
      <source>(no executor)</source>
      <translation>(без исполнителя)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/xlsx_export.py" line="53" />
      <source>All</source>
      <translation>Все</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="65" />
      <source>Cannot replace {path}: the file is open in another program or writing there is not permitted.</source>
      <translation>Не удаётся заменить файл {path}: он открыт в другой программе, или запись в это место запрещена. Закройте файл или выберите другое место.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="106" />
      <source>Co-executors</source>
      <translation>Соисполнители</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="103" />
      <source>Commission</source>
      <translation>Комиссия</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/ics_export.py" line="59" />
      <source>Control point</source>
      <translation>Контрольный срок</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="107" />
      <source>Controller</source>
      <translation>Контролирующее лицо</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="73" />
      <source>Could not write {path}: {reason}</source>
      <translation>Не удалось записать файл {path}: {reason}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="113" />
      <source>Current due date</source>
      <translation>Текущий срок</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="116" />
      <source>Days overdue</source>
      <translation>Дней просрочки</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="117" />
      <source>Done on</source>
      <translation>Дата исполнения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="109" />
      <source>Due (as worded)</source>
      <translation>Срок (формулировка)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="59" />
      <source>Export cancelled</source>
      <translation>Экспорт отменён</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="114" />
      <source>Extensions</source>
      <translation>Продлений срока</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="104" />
      <source>Instruction</source>
      <translation>Поручение</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/ics_export.py" line="57" />
      <source>Instructions</source>
      <translation>Поручения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/ics_export.py" line="56" />
      <source>Instructions of the anti-corruption commission</source>
      <translation>Поручения комиссии по противодействию коррупции</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="108" />
      <source>Issued</source>
      <translation>Дата выдачи</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="105" />
      <source>Main executor</source>
      <translation>Основной исполнитель</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="100" />
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="111" />
      <source>Original due date</source>
      <translation>Первоначальный срок</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/ics_export.py" line="58" />
      <source>Overdue</source>
      <translation>Просроченные</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="101" />
      <source>Protocol</source>
      <translation>Протокол</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="102" />
      <source>Session date</source>
      <translation>Дата заседания</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="115" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
  </context>
  <context>
    <name>History</name>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="686" />
      <source>Deadline extended</source>
      <translation>Срок продлён</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="671" />
      <source>Due date: {old} → {new}</source>
      <translation>Срок: {old} → {new}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="661" />
      <source>Issued</source>
      <translation>Поручение дано</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="682" />
      <source>Report accepted</source>
      <translation>Отчёт принят</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="679" />
      <source>Report received</source>
      <translation>Отчёт получен</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="682" />
      <source>Returned for rework</source>
      <translation>Возвращено на доработку</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="666" />
      <source>Status: {old} → {new}</source>
      <translation>Статус: {old} → {new}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="674" />
      <source>Text edited</source>
      <translation>Текст изменён</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="317" />
      <source>Agenda item title</source>
      <translation>Наименование вопроса повестки дня</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="113" />
      <source>Approved</source>
      <translation>Утверждено</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="102" />
      <source>Cancelled</source>
      <translation>Отменено</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="116" />
      <source>Chair</source>
      <translation>Председатель</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="172" />
      <source>Commission name</source>
      <translation>Наименование комиссии</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="384" />
      <source>Decision text</source>
      <translation>Текст решения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="117" />
      <source>Deputy chair</source>
      <translation>Заместитель председателя</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="100" />
      <source>Done</source>
      <translation>Исполнено</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="111" />
      <source>Draft</source>
      <translation>Черновик</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="443" />
      <source>Due date</source>
      <translation>Срок</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="106" />
      <source>Extended</source>
      <translation>Расширенное</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="107" />
      <source>Extraordinary</source>
      <translation>Внеочередное</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="112" />
      <source>Held</source>
      <translation>Проведено</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="436" />
      <source>Instruction text</source>
      <translation>Текст поручения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="119" />
      <source>Member</source>
      <translation>Член комиссии</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="108" />
      <source>Off-site</source>
      <translation>Выездное</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="97" />
      <source>On control</source>
      <translation>На контроле</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="590" />
      <source>Reason for cancelling</source>
      <translation>Причина отмены</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="271" />
      <source>Reason for reopening</source>
      <translation>Причина повторного открытия</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="557" />
      <source>Reason for rework</source>
      <translation>Причина возврата на доработку</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="571" />
      <source>Reason for the extension</source>
      <translation>Причина продления срока</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="105" />
      <source>Regular</source>
      <translation>Очередное</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="98" />
      <source>Report received</source>
      <translation>Отчёт получен</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="502" />
      <source>Report text</source>
      <translation>Текст отчёта</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="99" />
      <source>Returned for rework</source>
      <translation>Возвращено на доработку</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="118" />
      <source>Secretary</source>
      <translation>Секретарь</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="142" />
      <source>Short name</source>
      <translation>Краткое наименование</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="150" />
      <source>Surname</source>
      <translation>Фамилия</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="101" />
      <source>Taken off control</source>
      <translation>Снято с контроля</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services.py" line="572" />
      <source>Who decided</source>
      <translation>Кто принял решение</translation>
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
      <translation>хорошая</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/common.py" line="54" />
      <source>needs attention</source>
      <translation>требует внимания</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/common.py" line="56" />
      <source>nothing due yet</source>
      <translation>сроки ещё не наступили</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/common.py" line="53" />
      <source>poor</source>
      <translation>низкая</translation>
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
