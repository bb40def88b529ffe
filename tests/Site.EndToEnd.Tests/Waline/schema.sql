-- The tables @waline/vercel 1.39 reads and writes on PostgreSQL (table prefix "wl_"). Waline does not create
-- them itself. Unquoted camelCase column names fold to lower case, which is what its PostgreSQL adapter uses.

CREATE SEQUENCE wl_comment_seq;
CREATE TABLE wl_comment (
  id integer PRIMARY KEY DEFAULT nextval('wl_comment_seq') CHECK (id > 0),
  user_id integer,
  comment text,
  insertedAt timestamp(0) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  ip varchar(100) DEFAULT '',
  link varchar(255),
  mail varchar(255),
  nick varchar(255),
  pid integer,
  rid integer,
  sticky numeric,
  status varchar(50) NOT NULL DEFAULT '',
  "like" integer,
  ua text,
  url varchar(255),
  createdAt timestamp(0) DEFAULT CURRENT_TIMESTAMP,
  updatedAt timestamp(0) DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX wl_comment_by_thread ON wl_comment (url, rid);

CREATE SEQUENCE wl_counter_seq;
CREATE TABLE wl_counter (
  id integer PRIMARY KEY DEFAULT nextval('wl_counter_seq') CHECK (id > 0),
  time integer,
  reaction0 integer,
  reaction1 integer,
  reaction2 integer,
  reaction3 integer,
  reaction4 integer,
  reaction5 integer,
  reaction6 integer,
  reaction7 integer,
  reaction8 integer,
  url varchar(255) NOT NULL DEFAULT '',
  createdAt timestamp(0) DEFAULT CURRENT_TIMESTAMP,
  updatedAt timestamp(0) DEFAULT CURRENT_TIMESTAMP
);

CREATE SEQUENCE wl_users_seq;
CREATE TABLE wl_users (
  id integer PRIMARY KEY DEFAULT nextval('wl_users_seq') CHECK (id > 0),
  display_name varchar(255) NOT NULL DEFAULT '',
  email varchar(255) NOT NULL DEFAULT '',
  password varchar(255) NOT NULL DEFAULT '',
  type varchar(50) NOT NULL DEFAULT '',
  label varchar(255),
  url varchar(255),
  avatar varchar(255),
  github varchar(255),
  twitter varchar(255),
  facebook varchar(255),
  google varchar(255),
  weibo varchar(255),
  qq varchar(255),
  oidc varchar(255),
  huawei varchar(255),
  "2fa" varchar(32),
  createdAt timestamp(0) DEFAULT CURRENT_TIMESTAMP,
  updatedAt timestamp(0) DEFAULT CURRENT_TIMESTAMP
);
